namespace Siamese.Lib.Data;

/// <summary>
/// The datasets the suite knows and the files each must provide (relative to the data root). This mirrors
/// the required files of <c>data/datasets.json</c> (a test keeps the two in step); the JSON also carries
/// URLs, sizes and checksums for <c>environment/fetch-data.sh</c>.
/// </summary>
public static class DatasetCatalog
{
    /// <summary>Omniglot: the background/evaluation zips and Lake's one-shot runs.</summary>
    public const string Omniglot = "omniglot";

    /// <summary>AT&amp;T (ORL) faces: 40 subjects × 10 PGM images.</summary>
    public const string AttFaces = "att_faces";

    /// <summary>MNIST digits (IDX gzip).</summary>
    public const string Mnist = "mnist";

    /// <summary>Fashion-MNIST (IDX gzip, same layout as MNIST).</summary>
    public const string FashionMnist = "fashion_mnist";

    /// <summary>SICK sentence pairs (full release and SemEval-2014 files).</summary>
    public const string Sick = "sick";

    /// <summary>STS Benchmark sentence pairs.</summary>
    public const string StsBenchmark = "stsbenchmark";

    /// <summary>GloVe vectors restricted to the SICK + STS-B vocabulary.</summary>
    public const string Glove = "glove";

    /// <summary>Required files per dataset, as paths relative to the data root (forward slashes).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> RequiredFiles { get; } =
        new Dictionary<string, IReadOnlyList<string>>
        {
            [Omniglot] = ["omniglot/images_background.zip", "omniglot/images_evaluation.zip", "omniglot/all_runs.zip"],
            [AttFaces] = AttFacesFiles(),
            [Mnist] = IdxFiles(Mnist),
            [FashionMnist] = IdxFiles(FashionMnist),
            [Sick] = ["sick/SICK.txt", "sick/SICK_train.txt", "sick/SICK_trial.txt", "sick/SICK_test_annotated.txt"],
            [StsBenchmark] = ["stsbenchmark/sts-train.csv", "stsbenchmark/sts-dev.csv", "stsbenchmark/sts-test.csv",
                              "stsbenchmark/readme.txt", "stsbenchmark/LICENSE.txt"],
            [Glove] = ["glove/glove.6B.50d.sick-sts.txt"],
        };

    private static string[] IdxFiles(string name) =>
    [
        $"{name}/train-images-idx3-ubyte.gz", $"{name}/train-labels-idx1-ubyte.gz",
        $"{name}/t10k-images-idx3-ubyte.gz", $"{name}/t10k-labels-idx1-ubyte.gz",
    ];

    private static string[] AttFacesFiles()
    {
        var files = new List<string> { "att_faces/README" };
        for (var s = 1; s <= AttFacesLoader.SubjectCount; s++)
        {
            for (var i = 1; i <= AttFacesLoader.ImagesPerSubject; i++)
            {
                files.Add($"att_faces/s{s}/{i}.pgm");
            }
        }
        return [.. files];
    }
}

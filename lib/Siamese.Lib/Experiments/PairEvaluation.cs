using Siamese.Lib.Evaluation;

namespace Siamese.Lib.Experiments;

/// <summary>
/// How well a trained Siamese network separates the test pairs of a <see cref="PairTask{TInput}"/>: accuracy at the
/// threshold chosen on the validation pairs, the ROC curve and its area on the test pairs, and — when the task has
/// graded gold scores — Spearman's ρ between the predicted similarity and the gold score.
/// </summary>
/// <param name="Threshold">Decision threshold chosen on the validation pairs.</param>
/// <param name="ValidationAccuracy">Accuracy on the validation pairs at that threshold (optimistic: chosen there).</param>
/// <param name="Accuracy">Accuracy on the test pairs at the same threshold (the number to report).</param>
/// <param name="Auc">Area under the test ROC curve: threshold-free, 0.5 is chance.</param>
/// <param name="Spearman">Spearman's ρ of similarity (the negated distance for a distance head) against the gold scores, or null.</param>
/// <param name="Roc">The test ROC curve.</param>
/// <param name="TestScores">The network's score of each test pair, in order.</param>
/// <param name="ScoringSeconds">Wall-clock seconds to score the test pairs (inference only, no gradients).</param>
public sealed record PairEvaluation(
    double Threshold,
    double ValidationAccuracy,
    double Accuracy,
    double Auc,
    double? Spearman,
    RocCurve Roc,
    IReadOnlyList<double> TestScores,
    double ScoringSeconds);

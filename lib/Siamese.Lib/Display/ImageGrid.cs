using System.Globalization;
using System.Net;
using System.Text;

namespace Siamese.Lib.Display;

/// <summary>
/// Images in a grid of captioned cells (pairs, strips), shown as HTML with PNG data URIs, so it renders in every
/// front end and in an exported HTML file. Small images are enlarged by an integer <see cref="Scale"/> with CSS
/// <c>image-rendering: pixelated</c>, so that each pixel stays a sharp square instead of a blur.
/// </summary>
public sealed class ImageGrid
{
    /// <summary>The automatic scale enlarges an image until its longer side reaches about this many CSS pixels.</summary>
    public const int TargetSide = 100;

    private const int CellGap = 14;
    private const int ImageGap = 4;

    /// <summary>A grid of <paramref name="cells"/> in rows of <paramref name="columns"/>.</summary>
    /// <param name="cells">The cells, row by row.</param>
    /// <param name="columns">Cells per row.</param>
    /// <param name="title">A title above the grid, or null.</param>
    /// <param name="scale">CSS pixels per image pixel; null to pick an integer scale from the largest image (<see cref="TargetSide"/>).</param>
    public ImageGrid(IReadOnlyList<ImageGridCell> cells, int columns, string? title = null, double? scale = null)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        if (scale is { } s && !(s > 0 && double.IsFinite(s)))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "a positive, finite scale");
        }
        Cells = cells;
        Columns = columns;
        Title = title;
        var side = cells.SelectMany(c => c.Images).Select(i => Math.Max(i.Width, i.Height)).DefaultIfEmpty(TargetSide).Max();
        Scale = scale ?? Math.Max(1, Math.Round((double)TargetSide / side));
    }

    /// <summary>The cells, row by row.</summary>
    public IReadOnlyList<ImageGridCell> Cells { get; }

    /// <summary>Cells per row.</summary>
    public int Columns { get; }

    /// <summary>The title, or null.</summary>
    public string? Title { get; }

    /// <summary>CSS pixels per image pixel.</summary>
    public double Scale { get; }

    /// <summary>The grid as HTML (a CSS grid of figures with PNG data URIs).</summary>
    public string ToHtml()
    {
        var html = new StringBuilder("<div style=\"font-family:sans-serif\">");
        if (!string.IsNullOrEmpty(Title))
        {
            html.Append("<div style=\"font-weight:bold;margin:4px 0 8px\">").Append(WebUtility.HtmlEncode(Title)).Append("</div>");
        }
        html.Append(CultureInfo.InvariantCulture,
            $"<div style=\"display:grid;grid-template-columns:repeat({Math.Min(Columns, Math.Max(1, Cells.Count))}, max-content);gap:{CellGap}px\">");
        foreach (var cell in Cells)
        {
            html.Append(CultureInfo.InvariantCulture, $"<figure style=\"margin:0\"><div style=\"display:flex;gap:{ImageGap}px\">");
            foreach (var image in cell.Images)
            {
                html.Append(CultureInfo.InvariantCulture,
                    $"<img src=\"{PngEncoding.ToDataUri(image)}\" width=\"{image.Width * Scale:0.##}\" height=\"{image.Height * Scale:0.##}\" ")
                    .Append("style=\"image-rendering:pixelated\" alt=\"")
                    .Append(CultureInfo.InvariantCulture, $"{image.Width}x{image.Height} image\">");
            }
            html.Append("</div>");
            if (!string.IsNullOrEmpty(cell.Caption))
            {
                html.Append("<figcaption style=\"font-size:12px;text-align:center;margin-top:2px\">")
                    .Append(WebUtility.HtmlEncode(cell.Caption)).Append("</figcaption>");
            }
            html.Append("</figure>");
        }
        return html.Append("</div></div>").ToString();
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"ImageGrid: {Cells.Count} cell(s), {Cells.Sum(c => c.Images.Count)} image(s){(Title is null ? "" : ": " + Title)}";
}

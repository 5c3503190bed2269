using AngleSharp.Dom;
using Ganss.Xss;
using Markdig;
using Portal.Core.Media;

namespace Portal.Contents.Services;

/// <summary>
/// Markdown to safe HTML: Markdig renders, HtmlSanitizer removes scripts, event handlers and unsafe URLs. The sanitizer
/// is also the only place that gives an image <c>srcset</c>, <c>sizes</c>, <c>width</c>, <c>height</c> and
/// <c>loading</c>: whatever the author wrote in them is dropped, and an image whose URL an <see cref="IResponsiveImages"/>
/// knows gets the values that source describes.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly string[] ResponsiveAttributes = ["srcset", "sizes", "width", "height", "loading"];

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseSoftlineBreakAsHardlineBreak()
        .Build();

    private readonly IReadOnlyList<IResponsiveImages> _images;
    private readonly HtmlSanitizer _sanitizer;

    public MarkdownRenderer(IEnumerable<IResponsiveImages> images)
    {
        _images = [.. images];
        _sanitizer = CreateSanitizer();
        _sanitizer.PostProcessNode += (_, e) => DescribeImage(e.Node);
    }

    public string Render(string markdown) => _sanitizer.Sanitize(Markdown.ToHtml(markdown, _pipeline));

    private void DescribeImage(INode node)
    {
        if (node is not IElement { LocalName: "img" } image || image.GetAttribute("src") is not { } src)
        {
            return;
        }

        if (_images.Select(source => source.Describe(src)).FirstOrDefault(d => d is not null) is { } described)
        {
            image.SetAttribute("srcset", described.SrcSet);
            image.SetAttribute("sizes", described.Sizes);
            image.SetAttribute("width", described.Width.ToString());
            image.SetAttribute("height", described.Height.ToString());
            image.SetAttribute("loading", "lazy");
        }
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedAttributes.ExceptWith(ResponsiveAttributes);
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedTags.Remove("input");
        sanitizer.AllowedTags.Remove("button");
        sanitizer.AllowedTags.Remove("textarea");
        sanitizer.AllowedTags.Remove("select");
        return sanitizer;
    }
}

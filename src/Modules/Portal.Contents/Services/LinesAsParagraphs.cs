using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Portal.Contents.Services;

/// <summary>
/// Every line of a paragraph is a paragraph of its own, as in Word and in the visual editor, which writes one line per
/// paragraph (Toast UI Editor separates paragraphs with a single line break). Where a paragraph cannot be closed (inside
/// bold text, or in a tight list, whose items have no paragraph tags) the line ends with a line break instead.
/// </summary>
public sealed class LinesAsParagraphs : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.Replace<LineBreakInlineRenderer>(new LineRenderer());
        }
    }

    private sealed class LineRenderer : HtmlObjectRenderer<LineBreakInline>
    {
        protected override void Write(HtmlRenderer renderer, LineBreakInline line)
        {
            if (!line.IsHard && !renderer.ImplicitParagraph && line.Parent is { Parent: null, ParentBlock: ParagraphBlock })
            {
                renderer.WriteLine("</p>");
                renderer.Write("<p>");
                return;
            }

            renderer.WriteLine("<br />");
        }
    }
}

using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Portal.Core.QrCodes;

/// <summary><c>&lt;qr-code value="https://…" label="扫一扫在手机打开" /&gt;</c> renders a figure with the code and its caption.</summary>
[HtmlTargetElement("qr-code", TagStructure = TagStructure.WithoutEndTag)]
public sealed class QrCodeTagHelper(QrCodeCache codes) : TagHelper
{
    public string Value { get; set; } = "";

    public string Label { get; set; } = "扫一扫在手机打开";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "figure";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "qr-code");
        output.Content.SetHtmlContent(codes.Render(Value, Label));
        output.Content.AppendHtml("<figcaption>");
        output.Content.Append(Label);
        output.Content.AppendHtml("</figcaption>");
    }
}

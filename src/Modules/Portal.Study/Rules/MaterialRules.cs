using Portal.Core.Files;
using Portal.Study.Models;

namespace Portal.Study.Rules;

public static class MaterialRules
{
    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 1000;
    public const int BodyMaxLength = 50_000;
    public const string FileArea = "study";

    public static readonly UploadPolicy Policy = new(new HashSet<FileKind> { FileKind.Pdf, FileKind.Docx }, 20 * 1024 * 1024);

    public static IReadOnlyList<string> Validate(string? title, string? topic, MaterialKind kind, string? body, string? url, bool hasFile)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(title))
        {
            problems.Add("请填写资料标题。");
        }
        else if (title.Trim().Length > TitleMaxLength)
        {
            problems.Add($"资料标题不能超过 {TitleMaxLength} 个字。");
        }

        if (string.IsNullOrWhiteSpace(topic))
        {
            problems.Add("请填写学习专题。");
        }

        switch (kind)
        {
            case MaterialKind.Text when string.IsNullOrWhiteSpace(body):
                problems.Add("请填写资料正文。");
                break;
            case MaterialKind.Text when body!.Length > BodyMaxLength:
                problems.Add($"资料正文不能超过 {BodyMaxLength} 个字。");
                break;
            case MaterialKind.Link when !IsWebAddress(url):
                problems.Add("请填写以 http:// 或 https:// 开头的链接地址。");
                break;
            case MaterialKind.File when !hasFile:
                problems.Add("请选择要上传的 PDF 或 Word 文件。");
                break;
        }

        return problems;
    }

    public static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}

using System.ComponentModel.DataAnnotations;
using Portal.Contents.Rules;
using Portal.News.Models;

namespace Portal.News.ViewModels;

/// <summary>The article form as posted; on any refusal it is shown again as typed, so nothing is lost.</summary>
public sealed class ArticleEditModel
{
    public long? Id { get; set; }

    public Guid ConcurrencyStamp { get; set; }

    [Display(Name = "类型")]
    public string ContentType { get; set; } = ArticleTypes.Article;

    [Display(Name = "标题")]
    [Required(ErrorMessage = "请填写标题。")]
    [StringLength(ContentDraftRules.TitleMaxLength, ErrorMessage = "标题不能超过 {1} 个字。")]
    public string Title { get; set; } = "";

    [Display(Name = "网址标识")]
    [StringLength(SlugRules.MaxLength, ErrorMessage = "网址标识不能超过 {1} 个字符。")]
    public string? Slug { get; set; }

    [Display(Name = "栏目")]
    [Range(1, int.MaxValue, ErrorMessage = "请选择栏目。")]
    public int ColumnId { get; set; }

    [Display(Name = "信息来源")]
    [StringLength(100, ErrorMessage = "信息来源不能超过 {1} 个字。")]
    public string? Source { get; set; }

    [Display(Name = "首页重点推荐")]
    public bool Featured { get; set; }

    [Display(Name = "摘要")]
    [StringLength(ContentDraftRules.SummaryMaxLength, ErrorMessage = "摘要不能超过 {1} 个字。")]
    public string? Summary { get; set; }

    [Display(Name = "正文（Markdown）")]
    [StringLength(ContentDraftRules.BodyMaxLength, ErrorMessage = "正文不能超过 {1} 个字符。")]
    public string? Body { get; set; }

    [Display(Name = "信息时间")]
    [DataType(DataType.Date)]
    public DateTime? DisplayDate { get; set; }

    [Display(Name = "定时发布时间")]
    public DateTime? PublishAt { get; set; }

    /// <summary>save, submit or publish: which button was pressed.</summary>
    public string Command { get; set; } = "save";
}

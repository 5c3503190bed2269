using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;
using Portal.Contents.Rules;
using Portal.Regulations.Models;

namespace Portal.Regulations.ViewModels;

/// <summary>The document form as posted; on any refusal it is shown again as typed.</summary>
public sealed class RegulationEditModel
{
    public long? Id { get; set; }

    public Guid ConcurrencyStamp { get; set; }

    [Display(Name = "文件名称")]
    [Required(ErrorMessage = "请填写文件名称。")]
    [StringLength(ContentDraftRules.TitleMaxLength, ErrorMessage = "文件名称不能超过 {1} 个字。")]
    public string Title { get; set; } = "";

    [Display(Name = "网址标识")]
    [StringLength(SlugRules.MaxLength, ErrorMessage = "网址标识不能超过 {1} 个字符。")]
    public string? Slug { get; set; }

    [Display(Name = "类别")]
    public RegulationKind Kind { get; set; }

    [Display(Name = "文号")]
    [StringLength(64, ErrorMessage = "文号不能超过 {1} 个字。")]
    public string? DocumentNumber { get; set; }

    [Display(Name = "制定机关")]
    [StringLength(64, ErrorMessage = "制定机关不能超过 {1} 个字。")]
    public string? IssuingBody { get; set; }

    [Display(Name = "通过日期")]
    public DateOnly? AdoptedOn { get; set; }

    [Display(Name = "公布日期")]
    public DateOnly? PublishedOn { get; set; }

    [Display(Name = "施行日期")]
    public DateOnly? EffectiveOn { get; set; }

    [Display(Name = "时效性")]
    public Validity Validity { get; set; }

    [Display(Name = "新增文件")]
    public bool IsNew { get; set; }

    [Display(Name = "排序")]
    [Range(0, 9999, ErrorMessage = "排序须在 0 到 9999 之间。")]
    public int SortOrder { get; set; }

    [Display(Name = "全文（Markdown）")]
    [StringLength(ContentDraftRules.BodyMaxLength, ErrorMessage = "全文不能超过 {1} 个字符。")]
    public string? Body { get; set; }

    [Display(Name = "修订的文件")]
    public List<long> AmendsIds { get; set; } = [];

    [Display(Name = "废止的文件")]
    public List<long> RepealsIds { get; set; } = [];

    [Display(Name = "上传原件")]
    public IFormFile? Upload { get; set; }

    /// <summary>Keys of the originals to remove with this save.</summary>
    public List<string> RemoveAttachments { get; set; } = [];

    /// <summary>save or publish: which button was pressed.</summary>
    public string Command { get; set; } = "save";
}

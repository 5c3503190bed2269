using System.ComponentModel.DataAnnotations;

namespace Portal.News.ViewModels;

public sealed class ColumnEditModel
{
    public int? Id { get; set; }

    [Display(Name = "栏目名称")]
    [Required(ErrorMessage = "请填写栏目名称。")]
    [StringLength(32, ErrorMessage = "栏目名称不能超过 {1} 个字。")]
    public string Name { get; set; } = "";

    [Display(Name = "网址标识")]
    [Required(ErrorMessage = "请填写网址标识。")]
    [StringLength(64, ErrorMessage = "网址标识不能超过 {1} 个字符。")]
    public string Slug { get; set; } = "";

    [Display(Name = "上级栏目")]
    public int? ParentId { get; set; }

    [Display(Name = "说明")]
    [StringLength(200, ErrorMessage = "说明不能超过 {1} 个字。")]
    public string? Description { get; set; }

    [Display(Name = "排序")]
    [Range(0, 9999, ErrorMessage = "排序须在 0 到 9999 之间。")]
    public int SortOrder { get; set; }

    [Display(Name = "显示在主导航")]
    public bool InNavigation { get; set; } = true;
}

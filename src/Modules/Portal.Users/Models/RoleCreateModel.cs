using System.ComponentModel.DataAnnotations;

namespace Portal.Users.Models;

public sealed class RoleCreateModel
{
    /// <summary>The key that permissions and sign-in claims refer to, so it stays a plain identifier.</summary>
    [Display(Name = "角色标识")]
    [Required(ErrorMessage = "请填写角色标识。")]
    [RegularExpression("^[A-Za-z][A-Za-z0-9_-]{1,31}$",
        ErrorMessage = "角色标识须以英文字母开头，只能包含英文字母、数字、下划线和连字符，长度为 2 到 32 个字符。")]
    public string Name { get; set; } = "";

    [Display(Name = "中文名称")]
    [Required(ErrorMessage = "请填写角色的中文名称。")]
    [StringLength(64, ErrorMessage = "中文名称不能超过 {1} 个字。")]
    public string DisplayName { get; set; } = "";
}

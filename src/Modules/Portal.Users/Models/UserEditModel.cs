using System.ComponentModel.DataAnnotations;

namespace Portal.Users.Models;

public sealed class UserEditModel
{
    [Display(Name = "显示名称")]
    [Required(ErrorMessage = "请填写显示名称。")]
    [StringLength(64, ErrorMessage = "显示名称不能超过 {1} 个字。")]
    public string DisplayName { get; set; } = "";

    [Display(Name = "角色")]
    public List<string> Roles { get; set; } = [];
}

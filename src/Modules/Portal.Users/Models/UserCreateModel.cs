using System.ComponentModel.DataAnnotations;

namespace Portal.Users.Models;

public sealed class UserCreateModel
{
    [Display(Name = "用户名")]
    [Required(ErrorMessage = "请填写用户名。")]
    [StringLength(64, ErrorMessage = "用户名不能超过 {1} 个字符。")]
    public string UserName { get; set; } = "";

    [Display(Name = "显示名称")]
    [Required(ErrorMessage = "请填写显示名称。")]
    [StringLength(64, ErrorMessage = "显示名称不能超过 {1} 个字。")]
    public string DisplayName { get; set; } = "";

    [Display(Name = "初始密码")]
    [Required(ErrorMessage = "请填写初始密码。")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Display(Name = "角色")]
    public List<string> Roles { get; set; } = [];
}

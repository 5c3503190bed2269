using System.ComponentModel.DataAnnotations;

namespace Portal.Users.Models;

public sealed class LoginViewModel
{
    [Display(Name = "用户名")]
    [Required(ErrorMessage = "请输入用户名。")]
    [StringLength(256, ErrorMessage = "用户名过长。")]
    public string UserName { get; set; } = "";

    [Display(Name = "密码")]
    [Required(ErrorMessage = "请输入密码。")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Display(Name = "记住我")]
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}

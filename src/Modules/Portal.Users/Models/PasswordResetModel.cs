using System.ComponentModel.DataAnnotations;

namespace Portal.Users.Models;

public sealed class PasswordResetModel
{
    [Display(Name = "新密码")]
    [Required(ErrorMessage = "请填写新密码。")]
    [DataType(DataType.Password)]
    public string NewPassword { get; set; } = "";
}

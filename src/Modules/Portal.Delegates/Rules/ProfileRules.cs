using Portal.Delegates.Models;

namespace Portal.Delegates.Rules;

/// <summary>What a delegate profile must satisfy before it is saved: its public fields and its private ones.</summary>
public static class ProfileRules
{
    public const int NameMaxLength = 50;
    public const int TextMaxLength = 100;
    public const int BiographyMaxLength = 5000;
    public const int AddressMaxLength = 200;

    public static IReadOnlyList<(string Field, string Message)> Validate(string? name, DelegateFields fields, string? biography, PrivateDetails details)
    {
        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(("Name", "请填写姓名。"));
        }
        else if (name.Trim().Length > NameMaxLength)
        {
            errors.Add(("Name", $"姓名不能超过 {NameMaxLength} 个字。"));
        }

        errors.AddRange(MandateRules.Validate(fields.Mandates).Select(m => ("Mandates", m)));
        Length(errors, "Occupation", "职业", fields.Occupation);
        Length(errors, "Unit", "工作单位", fields.Unit);
        Length(errors, "SpecialCommittee", "专门委员会", fields.SpecialCommittee);
        Length(errors, "ContactStation", "联络站", fields.ContactStation);
        Length(errors, "ReceptionDays", "接待日", fields.ReceptionDays);
        if (biography?.Length > BiographyMaxLength)
        {
            errors.Add(("Biography", $"简介不能超过 {BiographyMaxLength} 个字。"));
        }

        if (!string.IsNullOrWhiteSpace(details.Phone) && !PrivacyRules.IsValidPhone(details.Phone))
        {
            errors.Add(("Phone", "私人电话无效：手机号为 11 位数字，座机须带区号（如 0374-1234567）。"));
        }

        if (!string.IsNullOrWhiteSpace(details.IdNumber) && !PrivacyRules.IsValidIdNumber(details.IdNumber))
        {
            errors.Add(("IdNumber", "身份证号无效：应为 18 位，出生日期和最后一位校验码须正确。"));
        }

        if (details.HomeAddress?.Length > AddressMaxLength)
        {
            errors.Add(("HomeAddress", $"家庭住址不能超过 {AddressMaxLength} 个字。"));
        }

        var publicText = string.Join("\n", new[] { name, biography, fields.Occupation, fields.Unit, fields.SpecialCommittee, fields.ContactStation, fields.ReceptionDays }
            .Concat(fields.Mandates.SelectMany(m => new[] { m.Congress, m.Delegation })));
        foreach (var kind in PrivacyRules.PrivateValuesIn(publicText, details.Phone, details.IdNumber, details.HomeAddress)
                     .Concat(PrivacyRules.PersonalDataIn(publicText)).Distinct())
        {
            errors.Add(("Biography", $"公开信息（姓名、简介、单位、联络站等）中不能出现{kind}；私密信息请只填在“私密信息”一栏。"));
        }

        return errors;
    }

    private static void Length(List<(string, string)> errors, string field, string label, string? value)
    {
        if (value?.Length > TextMaxLength)
        {
            errors.Add((field, $"{label}不能超过 {TextMaxLength} 个字。"));
        }
    }
}

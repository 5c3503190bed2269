using Portal.Delegates.Models;

namespace Portal.Delegates.Rules;

/// <summary>What a delegate's list of terms must satisfy, and which term is the current one.</summary>
public static class MandateRules
{
    public const int TextMaxLength = 100;

    /// <summary>The open-ended term that began last; when every term has ended, the one that began last.</summary>
    public static Mandate? Current(IReadOnlyList<Mandate> mandates) =>
        mandates.Where(m => m.End is null).OrderByDescending(m => m.Start).FirstOrDefault()
        ?? mandates.OrderByDescending(m => m.Start).FirstOrDefault();

    public static IReadOnlyList<string> Validate(IReadOnlyList<Mandate> mandates)
    {
        var errors = new List<string>();
        if (mandates.Count == 0)
        {
            errors.Add("请至少填写一条任期（层级、届别、代表团或选区、开始日期）。");
        }

        for (var i = 0; i < mandates.Count; i++)
        {
            var mandate = mandates[i];
            var which = $"第 {i + 1} 条任期";
            if (string.IsNullOrWhiteSpace(mandate.Congress))
            {
                errors.Add($"{which}：请填写届别，如“许昌市第十四届人民代表大会”。");
            }
            else if (mandate.Congress.Length > TextMaxLength)
            {
                errors.Add($"{which}：届别不能超过 {TextMaxLength} 个字。");
            }

            if (string.IsNullOrWhiteSpace(mandate.Delegation))
            {
                errors.Add($"{which}：请填写代表团或选区。");
            }
            else if (mandate.Delegation.Length > TextMaxLength)
            {
                errors.Add($"{which}：代表团或选区不能超过 {TextMaxLength} 个字。");
            }

            if (mandate.End is { } end && end < mandate.Start)
            {
                errors.Add($"{which}：结束日期（{end:yyyy-MM-dd}）不能早于开始日期（{mandate.Start:yyyy-MM-dd}）。");
            }
        }

        if (mandates.Count(m => m.End is null) > 1)
        {
            errors.Add("只能有一条未结束的任期；请为较早的任期填写结束日期。");
        }

        return errors;
    }
}

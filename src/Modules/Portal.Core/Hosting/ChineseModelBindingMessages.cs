using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Portal.Core.Hosting;

internal static class ChineseModelBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"“{value}” 不是有效的{field}。");
        messages.SetMissingBindRequiredValueAccessor(field => $"请填写{field}。");
        messages.SetMissingKeyOrValueAccessor(() => "缺少必填的值。");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "请求内容为空。");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}” 不是有效的值。");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "填写的值无效。");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "此处必须填写数字。");
        messages.SetUnknownValueIsInvalidAccessor(field => $"{field}的值无效。");
        messages.SetValueIsInvalidAccessor(value => $"“{value}” 无效。");
        messages.SetValueMustBeANumberAccessor(field => $"{field}必须是数字。");
        messages.SetValueMustNotBeNullAccessor(value => $"“{value}” 不能为空。");
    }
}

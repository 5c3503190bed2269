using Portal.Core.Data;

namespace Portal.Core.Tests;

public sealed class ColumnTextTests
{
    [Theory]
    [InlineData("规则运行失败", 10, "规则运行失败")]
    [InlineData("规则运行失败", 6, "规则运行失败")]
    [InlineData("规则运行失败", 4, "规则运行")]
    [InlineData("", 3, "")]
    public void Text_longer_than_its_column_is_cut_to_the_column_and_shorter_text_is_kept(string text, int maxLength, string stored) =>
        Assert.Equal(stored, text.Clip(maxLength));
}

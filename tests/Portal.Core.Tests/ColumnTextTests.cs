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

    [Fact]
    public void A_cut_never_keeps_half_of_a_character_written_as_two_units()
    {
        var emoji = "\uD83D\uDC4D";

        Assert.Equal("民生", ("民生" + emoji).Clip(3));
        Assert.Equal("民生" + emoji, ("民生" + emoji + "好").Clip(4));
        Assert.Equal("民" + emoji, ("民" + emoji).Clip(3));
    }
}

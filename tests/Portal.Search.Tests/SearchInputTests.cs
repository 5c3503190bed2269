using Portal.Search.Rules;

namespace Portal.Search.Tests;

public sealed class SearchInputTests
{
    [Fact]
    public void A_long_query_is_cut_with_a_message_and_a_short_one_is_kept()
    {
        var (query, notice) = SearchInput.Query(new string('民', 10_000));

        Assert.Equal(SearchInput.MaxQueryLength, query.Length);
        Assert.Contains("只按前 100 个字搜索", notice);
        Assert.Equal(("民生", null), SearchInput.Query("  民生 "));
    }

    [Fact]
    public void A_long_query_is_never_cut_inside_a_character_written_as_two_units()
    {
        var (query, _) = SearchInput.Query(new string('民', SearchInput.MaxQueryLength - 1) + string.Concat(Enumerable.Repeat("\uD83D\uDC4D", 10)));

        Assert.Equal(SearchInput.MaxQueryLength - 1, query.Length);
        Assert.False(char.IsSurrogate(query[^1]));
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData("abc", 1)]
    [InlineData("-3", 1)]
    [InlineData("0", 1)]
    [InlineData("2", 2)]
    [InlineData("99999999999", 1)]
    [InlineData("5000", SearchInput.MaxPage)]
    public void Page_numbers_are_read_leniently(string? raw, int page) => Assert.Equal(page, SearchInput.Page(raw));

    [Fact]
    public void A_bad_date_is_ignored_with_a_message()
    {
        Assert.Equal((new DateOnly(2012, 2, 25), null), SearchInput.Date("2012-02-25", "起始日期"));
        var (date, notice) = SearchInput.Date("2012-13-45", "起始日期");
        Assert.Null(date);
        Assert.Contains("不是有效的日期", notice);
    }
}

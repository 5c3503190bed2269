using Portal.Contents.Rules;

namespace Portal.Contents.Tests;

public sealed class SlugRulesTests
{
    private static readonly DateTime March2 = new(2026, 3, 2);

    [Theory]
    [InlineData("许昌市人大常委会召开第三十次会议")]
    [InlineData("关于开展“三联”活动的通知")]
    [InlineData("《许昌日报》：代表履职")]
    public void A_chinese_title_gives_the_type_and_date(string title)
    {
        Assert.Equal("article-20260302", SlugRules.FromTitle(title, "Article", March2));
    }

    [Fact]
    public void A_title_with_too_few_latin_letters_gives_the_type_and_date()
    {
        Assert.Equal("summaryreport-20260302", SlugRules.FromTitle("第3次会议", "SummaryReport", March2));
    }

    [Theory]
    [InlineData("2012年度主题活动总结")]
    [InlineData("2012 第25次会议")]
    public void A_chinese_title_led_by_a_year_gives_the_type_and_date_not_a_bare_number(string title)
    {
        Assert.Equal("article-20260302", SlugRules.FromTitle(title, "Article", March2));
    }

    [Fact]
    public void A_latin_title_gives_its_words_in_lower_case_joined_by_hyphens()
    {
        Assert.Equal("annual-report-2012", SlugRules.FromTitle("Annual Report, 2012!", "Article", March2));
    }

    [Fact]
    public void Chinese_characters_between_latin_words_become_one_hyphen()
    {
        Assert.Equal("npc-2012-summary", SlugRules.FromTitle("NPC 人大 2012 年度 summary", "Article", March2));
    }

    [Fact]
    public void Accents_are_dropped_from_latin_letters()
    {
        Assert.Equal("cafe-creme", SlugRules.FromTitle("Café Crème", "Article", March2));
    }

    [Fact]
    public void Noncharacters_and_lone_surrogates_in_a_title_are_separators()
    {
        // Built in code: attribute arguments are stored as UTF-8, which cannot carry a lone surrogate.
        (string Title, string Slug)[] cases =
        [
            ("Annual\uFFFEReport\uFFFF", "annual-report"),
            ("Annual \uD800Report", "annual-report"),
            ("Annual \uDC00\uD83D Report \uFDD0", "annual-report"),
            ("Café \uFFFE Cre\u0300me 👍🏽", "cafe-creme"),
        ];

        Assert.All(cases, c => Assert.Equal(c.Slug, SlugRules.FromTitle(c.Title, "Article", March2)));
    }

    [Fact]
    public void A_long_latin_title_is_cut_short_enough_that_a_number_still_fits()
    {
        var slug = SlugRules.FromTitle(string.Join(' ', Enumerable.Repeat("committee", 20)), "Article", March2);

        Assert.StartsWith("committee-committee-", slug);
        Assert.Null(SlugRules.Validate(slug + "-99999999999"));
    }

    [Fact]
    public void Every_generated_slug_is_valid()
    {
        string[] titles = ["许昌市人大常委会", "Annual Report", "  --Hello--World--  ", "ＡＢＣＤ全角", "2012年主题活动", "a", ""];

        Assert.All(titles, title => Assert.Null(SlugRules.Validate(SlugRules.FromTitle(title, "Article", March2))));
    }

    [Fact]
    public void A_free_slug_is_kept()
    {
        Assert.Equal("article-20260302", SlugRules.MakeUnique("article-20260302", new HashSet<string> { "article-20260301" }));
    }

    [Fact]
    public void A_taken_slug_gets_2()
    {
        Assert.Equal("article-20260302-2", SlugRules.MakeUnique("article-20260302", new HashSet<string> { "article-20260302" }));
    }

    [Fact]
    public void A_slug_taken_twice_gets_3()
    {
        var taken = new HashSet<string> { "article-20260302", "article-20260302-2" };

        Assert.Equal("article-20260302-3", SlugRules.MakeUnique("article-20260302", taken));
    }

    [Fact]
    public void A_gap_in_the_numbers_is_filled_first()
    {
        var taken = new HashSet<string> { "article-20260302", "article-20260302-3" };

        Assert.Equal("article-20260302-2", SlugRules.MakeUnique("article-20260302", taken));
    }

    [Theory]
    [InlineData("annual-report")]
    [InlineData("2012-theme-activity-summary")]
    [InlineData("a")]
    public void A_lower_case_hyphenated_slug_is_valid(string slug)
    {
        Assert.Null(SlugRules.Validate(slug));
    }

    [Theory]
    [InlineData("Annual-Report")]
    [InlineData("annual report")]
    [InlineData("-annual-report")]
    [InlineData("annual-report-")]
    [InlineData("annual--report")]
    [InlineData("年度报告")]
    [InlineData("annual_report")]
    [InlineData("annual/report")]
    [InlineData("")]
    public void A_slug_with_anything_but_lower_case_words_and_single_hyphens_is_refused_in_chinese(string slug)
    {
        Assert.Equal("网址标识只能使用小写字母、数字和连字符（-），且不能以连字符开头或结尾。", SlugRules.Validate(slug));
    }

    [Fact]
    public void A_slug_longer_than_80_characters_is_refused()
    {
        Assert.Equal("网址标识不能超过 80 个字符。", SlugRules.Validate(new string('a', 81)));
    }

    [Fact]
    public void A_slug_of_exactly_80_characters_is_valid()
    {
        Assert.Null(SlugRules.Validate(new string('a', 80)));
    }
}

using Portal.Contents.Models;
using Portal.Contents.Rules;

namespace Portal.Contents.Tests;

public sealed class ContentDraftRulesTests
{
    [Fact]
    public void A_draft_with_a_title_and_a_body_is_valid()
    {
        Assert.Empty(ContentDraftRules.Validate(new ContentDraft("许昌市人大常委会召开会议", "正文")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_draft_without_a_title_asks_for_one(string title)
    {
        Assert.Equal(["请填写标题。"], ContentDraftRules.Validate(new ContentDraft(title, "正文")));
    }

    [Fact]
    public void A_title_of_201_characters_is_refused_with_the_limit_and_its_length()
    {
        Assert.Equal(["标题不能超过 200 个字（当前 201 个）。"], ContentDraftRules.Validate(new ContentDraft(new string('会', 201), "正文")));
    }

    [Fact]
    public void A_title_of_200_characters_is_accepted()
    {
        Assert.Empty(ContentDraftRules.Validate(new ContentDraft(new string('会', 200), "正文")));
    }

    [Fact]
    public void Spaces_around_the_title_do_not_count_towards_its_length()
    {
        Assert.Empty(ContentDraftRules.Validate(new ContentDraft("  " + new string('会', 200) + "  ", "正文")));
    }

    [Fact]
    public void A_summary_over_500_characters_is_refused()
    {
        Assert.Equal(["摘要不能超过 500 个字。"], ContentDraftRules.Validate(new ContentDraft("标题", "正文", Summary: new string('摘', 501))));
    }

    [Fact]
    public void A_body_over_200000_characters_is_refused()
    {
        Assert.Equal(["正文不能超过 200000 个字符。"], ContentDraftRules.Validate(new ContentDraft("标题", new string('文', 200_001))));
    }

    [Fact]
    public void An_invalid_slug_that_the_editor_typed_is_refused()
    {
        Assert.Equal(["网址标识只能使用小写字母、数字和连字符（-），且不能以连字符开头或结尾。"],
            ContentDraftRules.Validate(new ContentDraft("标题", "正文", Slug: "Annual Report")));
    }

    [Fact]
    public void An_empty_slug_is_left_to_be_made_from_the_title()
    {
        Assert.Empty(ContentDraftRules.Validate(new ContentDraft("标题", "正文", Slug: "  ")));
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var errors = ContentDraftRules.Validate(new ContentDraft("", "正文", Summary: new string('摘', 501), Slug: "-x"));

        Assert.Equal(3, errors.Count);
    }
}

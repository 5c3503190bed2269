using Portal.Delegates.Models;
using Portal.Delegates.Rules;

namespace Portal.Delegates.Tests;

public sealed class PrivacyRulesTests
{
    [Theory]
    [InlineData("11010519491231002X", true)]
    [InlineData("11010519491231002x", true)]
    [InlineData("110105194912310021", false)]
    [InlineData("11010519491331002X", false)]
    [InlineData("1101051949123100", false)]
    public void Identity_numbers_are_checked_by_birth_date_and_check_character(string id, bool valid) =>
        Assert.Equal(valid, PrivacyRules.IsValidIdNumber(id));

    [Theory]
    [InlineData("13912345678", true)]
    [InlineData("0374-1234567", true)]
    [InlineData("12912345678", false)]
    [InlineData("1391234567", false)]
    public void Phones_are_mobiles_or_landlines_with_area_code(string phone, bool valid) =>
        Assert.Equal(valid, PrivacyRules.IsValidPhone(phone));

    [Fact]
    public void Personal_data_is_found_in_public_text()
    {
        Assert.Equal(["手机号码", "身份证号"], PrivacyRules.PersonalDataIn("张某（13912345678，身份证11010519491231002X）反映路灯问题"));
        Assert.Empty(PrivacyRules.PersonalDataIn("反映2012年村道硬化问题，涉及120户"));
        Assert.Empty(PrivacyRules.PersonalDataIn(null));
    }

    [Fact]
    public void A_delegates_own_private_values_are_found_even_with_spaces()
    {
        var found = PrivacyRules.PrivateValuesIn("欢迎致电 0374 123 4567，或到示例路 8 号来访", "0374-1234567", null, "示例路8号");
        Assert.Equal(["私人电话", "家庭住址"], found);
        Assert.Empty(PrivacyRules.PrivateValuesIn("示例区代表联络站", "0374-1234567", "11010519491231002X", "示例路8号"));
    }
}

public sealed class ProfileRulesTests
{
    private static readonly DelegateFields Fields = DelegateFields.Empty with
    {
        Mandates = [new Mandate(DelegateLevel.City, "许昌市第十四届人民代表大会", "示例区代表团", new DateOnly(2012, 1, 1), null)],
    };

    [Fact]
    public void A_complete_profile_passes() =>
        Assert.Empty(ProfileRules.Validate("代表甲", Fields, "简介", new PrivateDetails("13912345678", "11010519491231002X", "示例路8号")));

    [Fact]
    public void Private_values_in_the_biography_are_refused()
    {
        var errors = ProfileRules.Validate("代表甲", Fields, "家住示例路8号", new PrivateDetails(null, null, "示例路8号"));
        Assert.Contains(errors, e => e.Field == "Biography" && e.Message.Contains("家庭住址"));
    }

    [Fact]
    public void Bad_private_values_and_missing_terms_are_refused()
    {
        var errors = ProfileRules.Validate("", DelegateFields.Empty, null, new PrivateDetails("123", "110105194912310021", null));
        Assert.Contains(errors, e => e.Field == "Name");
        Assert.Contains(errors, e => e.Field == "Mandates");
        Assert.Contains(errors, e => e.Field == "Phone");
        Assert.Contains(errors, e => e.Field == "IdNumber");
    }
}

public sealed class MandateRulesTests
{
    private static Mandate M(int startYear, int? endYear) =>
        new(DelegateLevel.City, "第十四届", "示例区代表团", new DateOnly(startYear, 1, 1), endYear is { } y ? new DateOnly(y, 12, 31) : null);

    [Fact]
    public void The_current_term_is_the_open_one_else_the_latest()
    {
        Assert.Equal(2012, MandateRules.Current([M(2007, 2011), M(2012, null)])!.Start.Year);
        Assert.Equal(2012, MandateRules.Current([M(2012, 2016), M(2007, 2011)])!.Start.Year);
        Assert.Null(MandateRules.Current([]));
    }

    [Fact]
    public void An_end_before_the_start_and_two_open_terms_are_refused()
    {
        Assert.Contains(MandateRules.Validate([M(2012, 2010)]), e => e.Contains("不能早于"));
        Assert.Contains(MandateRules.Validate([M(2007, null), M(2012, null)]), e => e.Contains("只能有一条未结束的任期"));
        Assert.Empty(MandateRules.Validate([M(2007, 2011), M(2012, null)]));
    }

    [Fact]
    public void Fields_saved_without_mandates_read_as_a_profile_with_no_current_term()
    {
        var fields = DelegateFields.FromJson("{\"occupation\":\"教师\"}");

        Assert.Equal("教师", fields.Occupation);
        Assert.Empty(fields.Mandates);
        Assert.Null(fields.CurrentMandate);
    }
}

public sealed class VoterContactRulesTests
{
    private static readonly DateOnly Today = new(2012, 12, 31);

    [Fact]
    public void A_complete_record_passes() =>
        Assert.Empty(VoterContactRules.Validate(new DateOnly(2012, 6, 1), Today, "联络站", 5, "反映道路照明问题", "详细情况", null));

    [Fact]
    public void Future_dates_missing_fields_and_personal_data_in_the_summary_are_refused()
    {
        var errors = VoterContactRules.Validate(new DateOnly(2013, 1, 1), Today, "", 0, "张某 13912345678 反映", "", null);
        Assert.Contains(errors, e => e.Field == "Date" && e.Message.Contains("不能晚于今天"));
        Assert.Contains(errors, e => e.Field == "Place");
        Assert.Contains(errors, e => e.Field == "PeopleCount");
        Assert.Contains(errors, e => e.Field == "Topic" && e.Message.Contains("手机号码"));
        Assert.Contains(errors, e => e.Field == "Issues");
    }

    [Fact]
    public void Approved_records_are_no_longer_the_delegates_to_change()
    {
        Assert.True(VoterContactRules.DelegateMayEdit(ReviewStatus.Pending));
        Assert.True(VoterContactRules.DelegateMayEdit(ReviewStatus.Returned));
        Assert.False(VoterContactRules.DelegateMayEdit(ReviewStatus.Approved));
    }
}

public sealed class ActivitySummaryRulesTests
{
    [Fact]
    public void Contacts_are_counted_by_month_newest_first_and_by_form()
    {
        var summary = ActivitySummaryRules.Build(
        [
            new ContactFact(new DateOnly(2012, 6, 1), ContactForm.Visit, 10),
            new ContactFact(new DateOnly(2012, 6, 20), ContactForm.Phone, 1),
            new ContactFact(new DateOnly(2012, 9, 3), ContactForm.Visit, 5),
        ]);

        Assert.Equal(3, summary.Total);
        Assert.Equal(16, summary.People);
        Assert.Equal([(2012, 9), (2012, 6)], summary.Months.Select(m => (m.Year, m.Month)));
        Assert.Equal(2, summary.Months[1].Total);
        Assert.Equal(2, summary.ByForm[ContactForm.Visit]);
        Assert.Equal(0, summary.ByForm[ContactForm.Online]);
    }

    [Fact]
    public void No_contacts_give_an_empty_summary()
    {
        var summary = ActivitySummaryRules.Build([]);
        Assert.Equal(0, summary.Total);
        Assert.Empty(summary.Months);
        Assert.Equal(5, summary.ByForm.Count);
    }
}

public sealed class LiaisonRulesTests
{
    [Fact]
    public void A_link_needs_a_point_a_start_and_no_open_duplicate()
    {
        Assert.Empty(LiaisonLinkRules.ValidateNew(new DateOnly(2012, 3, 1), pointExists: true, alreadyLinked: false));
        Assert.Equal(3, LiaisonLinkRules.ValidateNew(null, pointExists: false, alreadyLinked: true).Count);
        Assert.NotNull(LiaisonLinkRules.ValidateEnd(new DateOnly(2012, 3, 1), new DateOnly(2012, 2, 1)));
        Assert.Null(LiaisonLinkRules.ValidateEnd(new DateOnly(2012, 3, 1), new DateOnly(2012, 3, 1)));
    }

    [Fact]
    public void A_liaison_point_needs_a_name_a_valid_unique_route_and_no_personal_data()
    {
        Assert.Empty(LiaisonPointRules.Validate("示例企业甲", "shili-qiye-jia", false, "示例路", "简介"));
        var errors = LiaisonPointRules.Validate("", "示例", false, null, "负责人电话 13912345678");
        Assert.Contains(errors, e => e.Field == "Name");
        Assert.Contains(errors, e => e.Field == "Slug");
        Assert.Contains(errors, e => e.Field == "Description");
        Assert.Contains(LiaisonPointRules.Validate("甲", "shili", true, null, null), e => e.Message.Contains("已被其他联系点使用"));
    }
}

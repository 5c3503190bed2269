using Microsoft.Extensions.Time.Testing;
using Portal.Core.Files;
using Portal.Ledger.Models;
using Portal.Ledger.Rules;

namespace Portal.Ledger.Tests;

public sealed class StatusRulesTests
{
    private static readonly DateOnly Deadline = new(2012, 12, 31);

    [Theory]
    [InlineData(LedgerStatus.InProgress, "2012-12-31", LedgerStatus.InProgress)]
    [InlineData(LedgerStatus.InProgress, "2013-01-01", LedgerStatus.Overdue)]
    [InlineData(LedgerStatus.NotStarted, "2013-01-01", LedgerStatus.Overdue)]
    [InlineData(LedgerStatus.Done, "2013-06-01", LedgerStatus.Done)]
    [InlineData(LedgerStatus.Paused, "2013-06-01", LedgerStatus.Paused)]
    public void A_task_is_overdue_from_the_day_after_its_deadline_unless_done_or_paused(LedgerStatus stored, string today, LedgerStatus expected) =>
        Assert.Equal(expected, StatusRules.Effective(stored, Deadline, DateOnly.Parse(today)));

    [Fact]
    public void Done_means_full_progress_and_a_completion_date()
    {
        var today = new DateOnly(2012, 11, 8);
        Assert.Equal((LedgerStatus.Done, 100, today), StatusRules.Settle(LedgerStatus.Done, 40, null, today));
        Assert.Equal((LedgerStatus.Done, 100, new DateOnly(2012, 11, 1)), StatusRules.Settle(LedgerStatus.Done, 100, new DateOnly(2012, 11, 1), today));
    }

    [Fact]
    public void Reopening_clears_the_completion_date_and_progress_starts_a_task()
    {
        var today = new DateOnly(2012, 11, 8);
        Assert.Equal((LedgerStatus.InProgress, 80, (DateOnly?)null), StatusRules.Settle(LedgerStatus.InProgress, 80, today, today));
        Assert.Equal((LedgerStatus.InProgress, 10, (DateOnly?)null), StatusRules.Settle(LedgerStatus.NotStarted, 10, null, today));
        Assert.Equal((LedgerStatus.NotStarted, 0, (DateOnly?)null), StatusRules.Settle(LedgerStatus.NotStarted, 0, null, today));
    }

    [Fact]
    public void Statuses_read_and_write_in_Chinese_and_overdue_cannot_be_chosen()
    {
        Assert.Equal(["未开始", "进行中", "已完成", "已逾期", "暂缓"], Enum.GetValues<LedgerStatus>().Select(s => s.ToChinese()));
        Assert.Equal(LedgerStatus.Done, StatusRules.FromChinese(" 已完成 "));
        Assert.Null(StatusRules.FromChinese("完成了"));
        Assert.DoesNotContain(LedgerStatus.Overdue, StatusRules.Choosable);
    }
}

public sealed class DueRulesTests
{
    [Theory]
    [InlineData("2012-12-27", Urgency.None)]
    [InlineData("2012-12-28", Urgency.DueSoon)]
    [InlineData("2012-12-31", Urgency.DueSoon)]
    [InlineData("2013-01-01", Urgency.Overdue)]
    public void Due_within_three_days_is_yellow_and_past_the_deadline_is_red(string today, Urgency expected)
    {
        var deadline = new DateOnly(2012, 12, 31);
        var day = DateOnly.Parse(today);
        Assert.Equal(expected, DueRules.Of(StatusRules.Effective(LedgerStatus.InProgress, deadline, day), deadline, day));
    }

    [Fact]
    public void Done_and_paused_tasks_need_no_attention()
    {
        var day = new DateOnly(2012, 12, 30);
        Assert.Equal(Urgency.None, DueRules.Of(LedgerStatus.Done, new DateOnly(2012, 12, 31), day));
        Assert.Equal(Urgency.None, DueRules.Of(LedgerStatus.Paused, new DateOnly(2012, 12, 31), day));
    }

    [Fact]
    public void Urgency_is_described_in_days()
    {
        var deadline = new DateOnly(2012, 12, 31);
        Assert.Equal("今天到期", DueRules.Describe(Urgency.DueSoon, deadline, deadline));
        Assert.Equal("还剩 2 天到期", DueRules.Describe(Urgency.DueSoon, deadline, new DateOnly(2012, 12, 29)));
        Assert.Equal("已逾期 5 天", DueRules.Describe(Urgency.Overdue, deadline, new DateOnly(2013, 1, 5)));
        Assert.Equal("ledger-due-soon", Urgency.DueSoon.CssClass());
        Assert.Equal("ledger-overdue", Urgency.Overdue.CssClass());
    }

    [Fact]
    public void Today_is_the_Beijing_day_whatever_the_server_zone()
    {
        // 2012-12-31 17:30 UTC is already 1 January in Beijing.
        var clock = new FakeTimeProvider(new DateTimeOffset(2012, 12, 31, 17, 30, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2013, 1, 1), BeijingDay.Today(clock));
    }
}

public sealed class ProgressRulesTests
{
    [Fact]
    public void Sub_tasks_roll_up_as_their_rounded_average()
    {
        Assert.Equal(53, ProgressRules.RollUp([100, 60, 0]));
        Assert.Equal(50, ProgressRules.RollUp([100, 0]));
        Assert.Equal(67, ProgressRules.RollUp([100, 100, 0]));
        Assert.Equal(100, ProgressRules.RollUp([100, 100, 100]));
    }

    [Fact]
    public void A_task_without_sub_tasks_keeps_its_typed_progress()
    {
        Assert.Equal(40, ProgressRules.Effective(40, []));
        Assert.Equal(75, ProgressRules.Effective(40, [50, 100]));
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void Progress_is_between_0_and_100(int progress, bool valid) =>
        Assert.Equal(valid, ProgressRules.Validate(progress) is null);
}

public sealed class FigureRulesTests
{
    [Fact]
    public void The_2012_ledger_reads_52_tasks_42_done_80_8_percent_5_of_8_areas()
    {
        // Five complete areas (5, 8, 7, 8, 5 tasks) and three open ones, as in the report.
        var areas = Enumerable.Range(1, 8).Select(i => (i, $"方面{i}")).ToList();
        var tasks = new List<(int, LedgerStatus)>();
        void Add(int area, int count, LedgerStatus status) => tasks.AddRange(Enumerable.Repeat((area, status), count));
        Add(1, 5, LedgerStatus.Done);
        Add(2, 8, LedgerStatus.Done);
        Add(3, 7, LedgerStatus.Done);
        Add(4, 8, LedgerStatus.Done);
        Add(5, 4, LedgerStatus.Done);
        Add(5, 3, LedgerStatus.InProgress);
        Add(6, 3, LedgerStatus.Done);
        Add(6, 3, LedgerStatus.Overdue);
        Add(6, 1, LedgerStatus.Paused);
        Add(7, 5, LedgerStatus.Done);
        Add(8, 2, LedgerStatus.Done);
        Add(8, 3, LedgerStatus.NotStarted);

        var figures = FigureRules.ForLedger(areas, tasks);

        Assert.Equal(new TaskFigures(52, 42, 3, 3, 3, 1), figures.Tasks);
        Assert.Equal(80.8m, figures.Tasks.CompletionRate);
        Assert.Equal(5, figures.AreasComplete);
        Assert.Equal(8, figures.Areas.Count);
        Assert.Equal(57.1m, figures.Areas[4].Tasks.CompletionRate);
    }

    [Fact]
    public void An_area_without_tasks_is_not_complete_and_has_no_rate()
    {
        var empty = FigureRules.Count([]);
        Assert.False(empty.IsComplete);
        Assert.Equal(0m, empty.CompletionRate);
        Assert.True(FigureRules.Count([LedgerStatus.Done]).IsComplete);
        Assert.False(FigureRules.Count([LedgerStatus.Done, LedgerStatus.Paused]).IsComplete);
    }
}

public sealed class TaskRulesTests
{
    private static TaskValues Valid => new("修订机关工作制度", new DateOnly(2012, 8, 15), new DateOnly(2012, 11, 30), LedgerStatus.InProgress, 50, null, false);

    [Fact]
    public void A_well_formed_task_passes() => Assert.Empty(TaskRules.Validate(Valid));

    [Fact]
    public void Bad_values_get_Chinese_messages()
    {
        Assert.Contains(TaskRules.Validate(Valid with { Deadline = new DateOnly(2012, 8, 1) }),
            e => e.Field == "Deadline" && e.Message.Contains("不能早于开始日期"));
        Assert.Contains(TaskRules.Validate(Valid with { Progress = 120 }), e => e.Field == "Progress" && e.Message.Contains("0 到 100"));
        Assert.Contains(TaskRules.Validate(Valid with { Title = " " }), e => e.Field == "Title");
        Assert.Contains(TaskRules.Validate(Valid with { Status = LedgerStatus.Overdue }), e => e.Message.Contains("自动判断"));
        Assert.Contains(TaskRules.Validate(Valid with { Status = LedgerStatus.Done, HasOpenSubTasks = true }), e => e.Message.Contains("子任务"));
        Assert.Contains(TaskRules.Validate(Valid with { Status = LedgerStatus.Done, CompletedOn = new DateOnly(2012, 1, 1) }), e => e.Field == "CompletedOn");
    }
}

public sealed class ReminderScheduleTests
{
    [Fact]
    public void The_mail_names_the_task_the_deadline_and_the_urgency()
    {
        var task = new LedgerTask { Number = 33, Title = "十二月常委会会议议题调研视察", OwnerUnits = "财政经济工作委员会", Deadline = new DateOnly(2012, 12, 20), Status = LedgerStatus.InProgress, Progress = 70 };
        var (subject, body) = ReminderText.Compose(task, "2012年台账", "执法检查与专题询问", "作者甲", "责任人", Urgency.Overdue, new DateOnly(2012, 12, 29));

        Assert.Equal("工作台账提醒：第 33 项“十二月常委会会议议题调研视察”已逾期 9 天", subject);
        Assert.Contains("作者甲，您好", body);
        Assert.Contains("完成时限：2012-12-20（已逾期 9 天）", body);
        Assert.Contains("当前状态：已逾期，进度 70%", body);
    }
}

public sealed class CellRulesTests
{
    [Theory]
    [InlineData("2012-03-01")]
    [InlineData("2012/3/1")]
    [InlineData("2012.3.1")]
    [InlineData("2012年3月1日")]
    public void Dates_are_read_in_the_usual_Chinese_and_ISO_forms(string text)
    {
        Assert.True(CellRules.TryDate(text, out var date));
        Assert.Equal(new DateOnly(2012, 3, 1), date);
    }

    [Fact]
    public void Real_date_cells_are_read_and_broken_dates_are_not()
    {
        Assert.True(CellRules.TryDate(new DateTime(2012, 3, 1), out var date));
        Assert.Equal(new DateOnly(2012, 3, 1), date);
        Assert.False(CellRules.TryDate("2012-13-01", out _));
        Assert.False(CellRules.TryDate("下个月", out _));
    }

    [Fact]
    public void Whole_numbers_only()
    {
        Assert.True(CellRules.TryInteger(80d, out var a) && a == 80);
        Assert.True(CellRules.TryInteger("80%", out var b) && b == 80);
        Assert.False(CellRules.TryInteger("80.5", out _));
        Assert.False(CellRules.TryInteger("八十", out _));
    }
}

public sealed class AttachmentRulesTests
{
    [Fact]
    public void The_download_name_keeps_the_uploader_s_words_but_not_their_folders_or_extension()
    {
        Assert.Equal("会议纪要.pdf", AttachmentRules.CleanName(@"C:\文件\会议纪要.exe", FileKind.Pdf));
        Assert.Equal("附件.png", AttachmentRules.CleanName("../.png", FileKind.Png));
        Assert.Equal(120, AttachmentRules.CleanName(new string('长', 300) + ".docx", FileKind.Docx).Length);
    }
}

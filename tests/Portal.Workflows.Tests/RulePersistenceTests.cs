using Microsoft.Extensions.DependencyInjection;
using Portal.Testing;
using Portal.Workflows.Models;
using Portal.Workflows.Rules;
using Portal.Workflows.Services;

namespace Portal.Workflows.Tests;

public sealed class RulePersistenceTests
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_occasion_is_run_once_by_racing_runners_and_a_failing_one_is_retried_up_to_its_limit(string provider)
    {
        using var factory = PortalFactory.With(BothDatabases.Create(provider));
        var logging = await RuleDriver.AddRuleAsync(factory.Services, new WorkflowRule { Name = "并发测试", Trigger = RuleTrigger.TaskOverdue, WriteAuditLog = true });
        var subject = new RuleSubject(RuleSubjectKind.Task, "第 1 项任务《并发测试》", "并发测试", null);

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => RunAsync(factory, logging, subject, "task:1:overdue:20261127")));

        Assert.Equal(1, claims.Count(c => c));
        Assert.Equal("已写入操作日志", Assert.Single(await RuleDriver.RunsAsync(factory.Services, logging.Id)).Detail);

        var failing = await RuleDriver.AddRuleAsync(factory.Services, new WorkflowRule { Name = "撤下已删除的内容", Trigger = RuleTrigger.ContentPublished, Publication = PublicationChange.Unpublish });
        var missing = new RuleSubject(RuleSubjectKind.Content, "文章《已删除》", "已删除", null) { ContentItemId = -1 };
        var attempts = new List<bool>();
        for (var i = 0; i < RuleRunRules.MaxAttempts + 1; i++)
        {
            attempts.Add(await RunAsync(factory, failing, missing, "content:-1:Published:1"));
        }

        Assert.Equal([true, true, true, false], attempts);
        var run = Assert.Single(await RuleDriver.RunsAsync(factory.Services, failing.Id));
        Assert.Equal((RuleRunOutcome.Failed, RuleRunRules.MaxAttempts, "内容不存在或已被删除，无法发布或撤下。"), (run.Outcome, run.Attempts, run.Error));
    }

    private static async Task<bool> RunAsync(PortalFactory factory, WorkflowRule rule, RuleSubject subject, string occasion)
    {
        await using var scope = factory.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<RuleRunner>().RunAsync(rule, subject, occasion);
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Workflows.Models;
using Portal.Workflows.Services;
using Portal.Workflows.ViewModels;

namespace Portal.Workflows.Controllers;

/// <summary>The rules (规则) administrators read and change, and the log of their runs.</summary>
[Route("admin/rules")]
[RequirePermission(nameof(WorkflowsPermissions.ManageWorkflows))]
public sealed class RulesAdminController(RuleEditor editor, RuleChoiceQueries choices, PortalDbContext db) : Controller
{
    private const int RunsShown = 200;

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var rules = await db.Set<WorkflowRule>().AsNoTracking().OrderBy(r => r.Id).ToListAsync();
        var lastRuns = (await db.Set<RuleRun>().AsNoTracking()
                .Where(run => run.Id == db.Set<RuleRun>().Where(r => r.RuleId == run.RuleId).Max(r => r.Id)).ToListAsync())
            .ToDictionary(run => run.RuleId);
        var known = await choices.LoadAsync();
        ViewData["Title"] = "规则";
        return View(new RulesPage(rules.Select(rule => new RuleRow(rule, RuleSummary.When(rule), RuleSummary.Conditions(rule, known),
            RuleSummary.Actions(rule, known), lastRuns.GetValueOrDefault(rule.Id))).ToList()));
    }

    [HttpGet("create")]
    public Task<IActionResult> Create() => EditViewAsync(new RuleForm(), conflict: false);

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id) =>
        await editor.FindAsync(id) is { } rule
            ? await EditViewAsync(RuleForm.From(rule, await editor.UserNameOfAsync(rule.AdoptOwnerId)), conflict: false)
            : NotFound();

    [HttpPost("save")]
    public async Task<IActionResult> Save(RuleForm form)
    {
        if (!ModelState.IsValid)
        {
            return await EditViewAsync(form, conflict: false);
        }

        var outcome = await editor.SaveAsync(form);
        switch (outcome.Result)
        {
            case RuleSaveResult.NotFound:
                return NotFound();
            case RuleSaveResult.Saved:
                TempData["Message"] = form.Id == 0 ? $"规则“{outcome.Rule!.Name}”已创建。" : $"规则“{outcome.Rule!.Name}”已保存。";
                return RedirectToAction(nameof(Index));
        }

        foreach (var (field, message) in outcome.Errors)
        {
            ModelState.AddModelError(field, message);
        }

        return await EditViewAsync(form, conflict: outcome.Result == RuleSaveResult.Conflict);
    }

    [HttpPost("{id:int}/enable")]
    public Task<IActionResult> Enable(int id) => SwitchAsync(id, enabled: true);

    [HttpPost("{id:int}/disable")]
    public Task<IActionResult> Disable(int id) => SwitchAsync(id, enabled: false);

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id)
    {
        if (await editor.DeleteAsync(id) is not { } rule)
        {
            return NotFound();
        }

        TempData["Message"] = $"规则“{rule.Name}”已删除，它的运行记录仍保留。";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("runs")]
    public async Task<IActionResult> Runs(int? rule, RuleRunOutcome? outcome)
    {
        var runs = db.Set<RuleRun>().AsNoTracking();
        if (rule is { } ruleId)
        {
            runs = runs.Where(r => r.RuleId == ruleId);
        }

        if (outcome is { } wanted)
        {
            runs = runs.Where(r => r.Outcome == wanted);
        }

        var rules = await db.Set<WorkflowRule>().AsNoTracking().OrderBy(r => r.Id).Select(r => new RuleChoice(r.Id.ToString(), r.Name)).ToListAsync();
        ViewData["Title"] = "规则运行记录";
        return View(new RuleRunsPage(await runs.OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id).Take(RunsShown).ToListAsync(),
            rules, rule, outcome));
    }

    private async Task<IActionResult> SwitchAsync(int id, bool enabled)
    {
        if (await editor.SetEnabledAsync(id, enabled) is not { } rule)
        {
            return NotFound();
        }

        TempData["Message"] = enabled ? $"规则“{rule.Name}”已启用。" : $"规则“{rule.Name}”已停用。";
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> EditViewAsync(RuleForm form, bool conflict)
    {
        ViewData["Title"] = form.Id == 0 ? "新建规则" : "修改规则";
        var page = View("Edit", new RuleEditPage(form, await choices.LoadAsync(), conflict));
        if (!ModelState.IsValid)
        {
            page.StatusCode = StatusCodes.Status400BadRequest;
        }

        return page;
    }
}

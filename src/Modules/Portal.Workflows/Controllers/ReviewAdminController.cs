using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Contents.Models;
using Portal.Contents.Services;
using Portal.Core.Hosting;
using Portal.Core.Security;
using Portal.Workflows.Services;
using Portal.Workflows.ViewModels;

namespace Portal.Workflows.Controllers;

[Route("admin/review")]
[RequirePermission(nameof(WorkflowsPermissions.ReviewContent))]
public sealed class ReviewAdminController(ReviewService reviews, ContentAuthorization authorization) : Controller
{
    public const string LostPublishPermission = "审核未通过：您的账号目前没有“发布和取消发布内容”的权限（可能刚被管理员调整），内容仍在待审核状态。请联系管理员，或请其他编辑审核。";

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        ViewData["Title"] = "审核队列";
        return View(await reviews.QueueAsync());
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Item(long id) => await ShowAsync(id, new ReviewForm());

    [HttpPost("{id:long}/approve")]
    public async Task<IActionResult> Approve(long id, Guid concurrencyStamp, DateTime? publishAt)
    {
        // Checked again here rather than trusted from the page: the permission may have been taken away since it was shown.
        if (!await authorization.CanPublishAsync(User))
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return await ShowAsync(id, new ReviewForm(PublishAt: publishAt, Error: LostPublishPermission));
        }

        var outcome = await reviews.ApproveAsync(id, concurrencyStamp, publishAt is { } local ? ChinaTime.FromChinaTime(local) : null);
        return await DoneAsync(id, outcome, new ReviewForm(PublishAt: publishAt),
            publishAt is null ? "已审核通过并发布，作者已收到通知。" : "已审核通过，将按时发布，作者已收到通知。");
    }

    [HttpPost("{id:long}/send-back")]
    public async Task<IActionResult> SendBack(long id, Guid concurrencyStamp, string? comment)
    {
        var outcome = await reviews.SendBackAsync(id, concurrencyStamp, comment ?? "");
        return await DoneAsync(id, outcome, new ReviewForm(Comment: comment), "已退回修改，作者已收到通知。");
    }

    private async Task<IActionResult> DoneAsync(long id, ContentOutcome outcome, ReviewForm form, string message)
    {
        switch (outcome.Kind)
        {
            case ContentOutcomeKind.Ok:
                TempData["Message"] = message;
                return RedirectToAction(nameof(Index));
            case ContentOutcomeKind.NotFound:
                return NotFound();
            default:
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return await ShowAsync(id, form with { Error = outcome.Message });
        }
    }

    private async Task<IActionResult> ShowAsync(long id, ReviewForm form)
    {
        var page = await reviews.LoadAsync(id);
        if (page is null)
        {
            return NotFound();
        }

        ViewData["Title"] = $"审核：{page.Latest.Title}";
        ViewData["Form"] = form;
        return View("Item", page);
    }
}

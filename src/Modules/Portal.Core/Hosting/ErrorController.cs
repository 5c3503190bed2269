using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;

namespace Portal.Core.Hosting;

[Route("error")]
[ApiExplorerSettings(IgnoreApi = true)]
[IgnoreAntiforgeryToken] // Re-executed for failed POSTs too; it only shows a message.
public sealed class ErrorController(ILogger<ErrorController> logger) : Controller
{
    /// <summary>How long a reader is asked to wait when the database is unavailable.</summary>
    public const int RetryAfterSeconds = 10;

    /// <summary>
    /// The page of a failed request, shown when the pipeline re-executes it. Asked for directly (/error/500 typed into
    /// the address bar) it is not a page of the site: that answers 404 instead of the server error it would print.
    /// </summary>
    [Route("{statusCode:int}")]
    public IActionResult Show(int statusCode)
    {
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null && HttpContext.Features.Get<IExceptionHandlerFeature>() is null)
        {
            return NotFound();
        }

        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is { } failure && DatabaseUnavailable.Caused(failure.Error))
        {
            return Unavailable(failure);
        }

        Response.StatusCode = statusCode is >= 400 and < 600 ? statusCode : 500;
        ViewData["Title"] = statusCode switch
        {
            404 => "页面不存在",
            403 => "没有权限",
            400 => "请求无效",
            429 => "操作过于频繁",
            _ => "服务器出错了",
        };
        ViewData["Reason"] = HttpContext.Features.Get<RequestRefusal>()?.Message;
        return View("Error", statusCode);
    }

    /// <summary>
    /// A 503 that asks the reader to try again, on a page that needs nothing from the database (no navigation, no
    /// badge). Logged as a warning without the stack: the outage is the database's, and recovery needs nothing from us.
    /// </summary>
    private ViewResult Unavailable(IExceptionHandlerPathFeature failure)
    {
        logger.LogWarning("The database is unavailable ({Error}); {Method} {Path} answered 503.",
            failure.Error.GetBaseException().Message, Request.Method, failure.Path);
        Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
        Response.Headers.CacheControl = "no-store";
        return View("Unavailable", RetryAfterSeconds);
    }
}

using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Portal.Core.Hosting;

[Route("error")]
[ApiExplorerSettings(IgnoreApi = true)]
[IgnoreAntiforgeryToken] // Re-executed for failed POSTs too; it only shows a message.
public sealed class ErrorController : Controller
{
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
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Portal.Ledger.Services;

namespace Portal.Ledger.Controllers;

internal static class Denial
{
    /// <summary>403 with the ledger's own Chinese explanation, instead of the generic error page.</summary>
    public static IActionResult NotYourTask(Controller controller)
    {
        controller.ViewData["Title"] = "没有权限";
        return new ViewResult
        {
            ViewName = "LedgerDenied",
            ViewData = new ViewDataDictionary<string>(controller.ViewData, TaskAccess.NotYourTask),
            StatusCode = StatusCodes.Status403Forbidden,
        };
    }
}

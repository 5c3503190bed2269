using Microsoft.AspNetCore.Http;

namespace Portal.Core.Hosting;

/// <summary>Why a request was refused, for the error page to say instead of its general text.</summary>
public sealed record RequestRefusal(string Message);

/// <summary>
/// Refuses an address whose query holds a NUL character (%00) with a 400 and a Chinese reason, as Kestrel refuses one in
/// the path: no field of the site can hold it, and PostgreSQL refuses any text that does, so such a value reaching a
/// database query (the delegates' search, for one) failed with a 500.
/// </summary>
internal sealed class NulInQueryRefusal(RequestDelegate next)
{
    public const string Message = "网址中含有无效的空字符（%00），无法处理。请检查链接是否完整、正确。";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.QueryString.HasValue && context.Request.Query.Any(p => p.Key.Contains('\0') || p.Value.Any(v => v?.Contains('\0') == true)))
        {
            context.Features.Set(new RequestRefusal(Message));
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return Task.CompletedTask;
        }

        return next(context);
    }
}

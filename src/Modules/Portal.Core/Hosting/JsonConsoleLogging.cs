using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;

namespace Portal.Core.Hosting;

/// <summary>
/// Console logs as one JSON object per line are ASP.NET Core's own formatter, chosen by configuration
/// (<c>Logging:Console:FormatterName</c> = <c>json</c>). This only keeps Chinese text readable in them instead of
/// \uXXXX escapes; the lines stay valid JSON.
/// </summary>
internal static class JsonConsoleLogging
{
    public static IServiceCollection AddReadableJsonConsoleLogs(this IServiceCollection services) =>
        services.Configure<JsonConsoleFormatterOptions>(options =>
        {
            var writer = options.JsonWriterOptions;
            writer.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            options.JsonWriterOptions = writer;
        });
}

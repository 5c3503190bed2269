using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Portal.Testing;

namespace Portal.Operations.Tests;

public sealed class JsonLoggingTests
{
    [Fact]
    public async Task With_the_json_formatter_configured_each_log_entry_is_one_line_of_json_with_chinese_readable()
    {
        await using var portal = PortalFactory.With(TestDatabase.Sqlite(), new Dictionary<string, string?> { ["Logging:Console:FormatterName"] = "json" });
        var formatter = ConfiguredFormatter(portal.Services);
        var entry = new LogEntry<string>(LogLevel.Warning, "Portal.Workflows.Jobs.PortalJob", new EventId(7, "JobFailed"),
            "任务 定时发布 失败（第 1 次）；\"稍后重试\"", exception: null, formatter: (state, _) => state);

        using var output = new StringWriter();
        formatter.Write(entry, new LoggerExternalScopeProvider(), output);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var line = Assert.Single(lines);
        using var json = JsonDocument.Parse(line);
        Assert.Equal("Warning", json.RootElement.GetProperty("LogLevel").GetString());
        Assert.Equal("Portal.Workflows.Jobs.PortalJob", json.RootElement.GetProperty("Category").GetString());
        Assert.Equal(7, json.RootElement.GetProperty("EventId").GetInt32());
        Assert.Equal("任务 定时发布 失败（第 1 次）；\"稍后重试\"", json.RootElement.GetProperty("Message").GetString());
        Assert.Contains("定时发布", line);
    }

    [Fact]
    public async Task Without_configuration_the_console_keeps_the_plain_format()
    {
        await using var portal = new PortalFactory();

        Assert.Equal(ConsoleFormatterNames.Simple, ConfiguredFormatter(portal.Services).Name);
    }

    /// <summary>The formatter the console logger picks by its configured name, as it does when it writes.</summary>
    private static ConsoleFormatter ConfiguredFormatter(IServiceProvider services)
    {
        var name = services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName ?? ConsoleFormatterNames.Simple;
        return services.GetServices<ConsoleFormatter>().Single(formatter => formatter.Name == name);
    }
}

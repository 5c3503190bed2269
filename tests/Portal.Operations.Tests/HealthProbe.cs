using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Portal.Operations.Tests;

/// <summary>What a load balancer reads from a health endpoint.</summary>
internal sealed record HealthProbe(HttpStatusCode StatusCode, string Body, JsonElement Report, string? CacheControl)
{
    /// <summary>Long enough for a loaded machine to start the scheduler; a probe that never gets there fails.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    public string Status => Report.GetProperty("status").GetString()!;

    public JsonElement Check(string name) => Report.GetProperty("checks").GetProperty(name);

    public string CheckStatus(string name) => Check(name).GetProperty("status").GetString()!;

    public static async Task<HealthProbe> GetAsync(WebApplicationFactory<Program> portal, string path)
    {
        using var client = portal.CreateClient();
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return new HealthProbe(response.StatusCode, body, JsonDocument.Parse(body).RootElement.Clone(), response.Headers.CacheControl?.ToString());
    }

    /// <summary>Asks until the report's status is <paramref name="status"/>: the scheduler reports standby until the host has started it.</summary>
    public static Task<HealthProbe> WaitForAsync(WebApplicationFactory<Program> portal, string path, string status) =>
        WaitForAsync(portal, path, probe => probe.Status == status);

    /// <summary>Asks until the answer satisfies <paramref name="done"/>, or returns the last answer when patience runs out.</summary>
    public static async Task<HealthProbe> WaitForAsync(WebApplicationFactory<Program> portal, string path, Func<HealthProbe, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var probe = await GetAsync(portal, path);
            if (done(probe) || DateTime.UtcNow > deadline)
            {
                return probe;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }
}

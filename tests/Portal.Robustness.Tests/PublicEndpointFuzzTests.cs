using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Portal.Testing;
using Xunit.Abstractions;

namespace Portal.Robustness.Tests;

/// <summary>
/// Every GET address of the public site, as the running portal on PostgreSQL maps it, gets 2 000 hostile values in each of its slots:
/// each route parameter in turn (the others real, found by following the site's links), and all the query parameters
/// its action binds at once. Pages that need a signed-in reader are asked by a demo account that may open them.
/// No answer is a server error.
/// </summary>
public sealed class PublicEndpointFuzzTests(PostgreSqlPortal portal, ITestOutputHelper output) : IClassFixture<PostgreSqlPortal>
{
    private const int Seed = 1949_10_01;
    private const int ValuesPerSlot = 2_000;
    private const int TurnedAwaySample = 100;

    [Fact]
    public async Task Hostile_values_in_every_route_and_query_parameter_of_the_public_site_get_no_server_error()
    {
        // The search page has its own barrage of ten thousand (SearchFuzzTests), which also checks that it fills every parameter.
        var endpoints = PublicEndpoint.All(portal.Services).Where(e => e.Template != SearchFuzzTests.Address).ToList();
        var anonymous = Client();
        var accounts = new[]
        {
            anonymous,
            await SignedInAsync(DemoAccounts.Delegate, DemoAccounts.DelegatePassword),
            await SignedInAsync(DemoAccounts.Author, DemoAccounts.AuthorPassword),
            await SignedInAsync(DemoAccounts.Admin, DemoAccounts.AdminPassword),
        };
        var real = await RealAddresses.FindAsync(endpoints, accounts);
        var values = HostileValues.Draw(Seed, ValuesPerSlot);
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var failures = new List<string>();
        var sent = 0;

        foreach (var endpoint in endpoints)
        {
            var routeValues = endpoint.RouteParameters.ToDictionary(name => name, name => Real(real, endpoint, name));
            var reader = await ReaderAsync(endpoint, routeValues, accounts);
            var barrage = new Barrage(reader);
            await barrage.SendAsync(Probes(endpoint, routeValues, values));
            output.WriteLine($"{endpoint.Template} ({Slots(endpoint)}{(real.ContainsKey(endpoint) || endpoint.RouteParameters.Count == 0 ? "" : "; no real address found")}): "
                + $"{barrage.Sent} requests, answers {barrage.Answers}");
            sent += barrage.Sent;
            if (barrage.Failures.Count > 0)
            {
                failures.Add($"{endpoint.Template}: {barrage.Report(Seed)}");
            }
        }

        output.WriteLine($"{sent} requests to {endpoints.Count} endpoints in {clock.Elapsed.TotalSeconds:0.0} s ({(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.0} s of processor time)");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.Contains(endpoints, e => e.Template == "/news/{slug}");
        Assert.Contains(endpoints, e => e.Template == "/delegates" && e.QueryNames.Contains("q"));
        Assert.DoesNotContain(endpoints, e => e.Template.StartsWith("/admin", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// For each route parameter, <see cref="ValuesPerSlot"/> requests with a hostile value there and real ones elsewhere
    /// (of the values its constraints refuse, which the router turns away before the portal's code, only the first
    /// <see cref="TurnedAwaySample"/>); then as many with every query parameter hostile at once, each running through
    /// the values from its own offset.
    /// </summary>
    private static IEnumerable<Probe> Probes(PublicEndpoint endpoint, Dictionary<string, string> routeValues, IReadOnlyList<HostileValue> values)
    {
        foreach (var parameter in endpoint.RouteParameters)
        {
            var turnedAway = 0;
            foreach (var value in values)
            {
                var url = endpoint.Url(new Dictionary<string, string>(routeValues) { [parameter] = value.Encoded }, []);
                if (endpoint.Takes(url) || ++turnedAway <= TurnedAwaySample)
                {
                    yield return new Probe(url, $"{parameter}={value.Shown}");
                }
            }
        }

        if (endpoint.QueryNames.Count == 0)
        {
            yield break;
        }

        for (var i = 0; i < values.Count; i++)
        {
            var query = endpoint.QueryNames.Select((name, k) => (Name: name, Value: values[(i + k * 997) % values.Count])).ToList();
            yield return new Probe(endpoint.Url(routeValues, query.Select(q => (q.Name, q.Value.Encoded))),
                string.Join("  ", query.Select(q => $"{q.Name}={q.Value.Shown}")));
        }
    }

    private static string Real(Dictionary<PublicEndpoint, RouteValueDictionary> real, PublicEndpoint endpoint, string name) =>
        Uri.EscapeDataString(real.TryGetValue(endpoint, out var values) ? Convert.ToString(values[name], System.Globalization.CultureInfo.InvariantCulture) ?? "1" : "1");

    /// <summary>The reader who can open the endpoint: anonymous for public pages, else the first demo account not sent to sign in or refused.</summary>
    private static async Task<HttpClient> ReaderAsync(PublicEndpoint endpoint, Dictionary<string, string> routeValues, HttpClient[] accounts)
    {
        if (!endpoint.NeedsSignIn)
        {
            return accounts[0];
        }

        foreach (var account in accounts.Skip(1))
        {
            using var response = await account.GetAsync(endpoint.Url(routeValues, []));
            if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized))
            {
                return account;
            }
        }

        return accounts[^1];
    }

    private static string Slots(PublicEndpoint endpoint) =>
        string.Join(", ", endpoint.RouteParameters.Select(p => "{" + p + "}").Concat(endpoint.QueryNames.Select(q => "?" + q))) is { Length: > 0 } slots ? slots : "no parameters";

    private HttpClient Client() => portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private async Task<HttpClient> SignedInAsync(string userName, string password) => (await PortalClient.SignedInAsync(portal, userName, password)).Http;
}

using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Portal.Core.Data;
using Portal.Testing;

namespace Portal.Core.Tests;

/// <summary>A database that cannot be reached answers a Chinese 503 asking to try again; a fault of the request or the code does not.</summary>
public sealed class DatabaseUnavailableTests
{
    private const string FaultHeader = "X-Test-Database-Down";

    [Fact]
    public void A_stopped_unreachable_or_busy_database_is_unavailable_also_when_wrapped()
    {
        Assert.True(DatabaseUnavailable.Caused(new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused))));
        Assert.True(DatabaseUnavailable.Caused(new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01")));
        Assert.True(DatabaseUnavailable.Caused(new InvalidOperationException("likely due to a transient failure",
            new NpgsqlException("Exception while reading from stream", new EndOfStreamException()))));
        Assert.True(DatabaseUnavailable.Caused(new SqliteException("database is locked", 5)));
        Assert.True(DatabaseUnavailable.Caused(new AggregateException(new TimeoutException("The connection pool has been exhausted"))));
    }

    [Fact]
    public void A_refused_statement_or_a_bug_is_not_an_outage()
    {
        Assert.False(DatabaseUnavailable.Caused(new PostgresException("duplicate key value", "ERROR", "ERROR", "23505")));
        Assert.False(DatabaseUnavailable.Caused(new SqliteException("UNIQUE constraint failed", 19)));
        Assert.False(DatabaseUnavailable.Caused(new InvalidOperationException("Sequence contains no elements")));
    }

    [Fact]
    public async Task A_page_whose_database_is_down_answers_a_chinese_503_with_retry_after_and_no_stack_trace()
    {
        using var factory = PortalFactory.With(TestDatabase.Sqlite());
        using var portal = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.Configure<MvcOptions>(options => options.Filters.Add(new DatabaseDownFilter()))));
        var client = PortalClient.Create(portal);

        var request = new HttpRequestMessage(HttpMethod.Get, "/regulations");
        request.Headers.Add(FaultHeader, "1");
        var response = await client.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("10", response.Headers.RetryAfter?.ToString());
        Assert.Contains("服务暂时不可用", body);
        Assert.Contains("lang=\"zh-CN\"", body);
        Assert.DoesNotContain("Npgsql", body);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/regulations")).StatusCode);
    }

    /// <summary>Fails the regulations page as a stopped PostgreSQL would, when the request asks for it (not the error page it is re-run as).</summary>
    private sealed class DatabaseDownFilter : IActionFilter
    {
        public void OnActionExecuting(ActionExecutingContext context)
        {
            if (context.HttpContext.Request.Headers.ContainsKey(FaultHeader) && context.HttpContext.Request.Path.StartsWithSegments("/regulations"))
            {
                throw new InvalidOperationException("An exception has been raised that is likely due to a transient failure.",
                    new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused)));
            }
        }

        public void OnActionExecuted(ActionExecutedContext context)
        {
        }
    }
}

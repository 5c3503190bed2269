using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Security;
using Portal.Testing;

namespace Portal.Architecture.Tests;

/// <summary>Checks the endpoints that the running portal maps, so that a new module's are checked without being listed here.</summary>
public sealed class EndpointTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public void Every_admin_endpoint_demands_a_permission()
    {
        var admin = Endpoints().Where(e => IsAdmin(e.RoutePattern)).ToList();

        Assert.NotEmpty(admin);
        Assert.All(admin, endpoint => Assert.True(
            endpoint.Metadata.GetOrderedMetadata<RequirePermissionAttribute>().Count > 0,
            $"{endpoint.DisplayName} ({endpoint.RoutePattern.RawText}) is under /admin without [RequirePermission]."));
    }

    [Fact]
    public void Every_permission_an_endpoint_demands_is_registered()
    {
        var registry = factory.Services.GetRequiredService<PermissionRegistry>();
        var demanded = Endpoints().SelectMany(e => e.Metadata.GetOrderedMetadata<RequirePermissionAttribute>()).Select(a => a.PermissionName).Distinct().ToList();

        Assert.NotEmpty(demanded);
        Assert.All(demanded, name => Assert.True(registry.Find(name) is not null, $"No module declares the permission '{name}'."));
    }

    [Fact]
    public void No_public_endpoint_can_answer_an_admin_address()
    {
        var policies = factory.Services.GetRequiredService<ParameterPolicyFactory>();
        var colliding = Endpoints()
            .Where(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0 || e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Where(e => FirstSegmentCanBeAdmin(e.RoutePattern, policies))
            .Select(e => $"{e.DisplayName} ({e.RoutePattern.RawText})")
            .ToList();

        Assert.Empty(colliding);
    }

    [Theory]
    [InlineData("admin/news", true)]
    [InlineData("/Admin", true)]
    [InlineData("{slug}", true)]
    [InlineData("{**path}", true)]
    [InlineData("{slug:minlength(2)}/print", true)]
    [InlineData("{page}-{number}", false)]
    [InlineData("{name}.html", false)]
    [InlineData("ad{rest}", true)]
    [InlineData("{id:int}", false)]
    [InlineData("{slug:regex(^news-)}", false)]
    [InlineData("news/{slug}", false)]
    [InlineData("administration", false)]
    [InlineData("/", false)]
    public void The_collision_check_knows_which_first_segments_can_be_admin(string pattern, bool canBeAdmin)
    {
        var policies = factory.Services.GetRequiredService<ParameterPolicyFactory>();

        Assert.Equal(canBeAdmin, FirstSegmentCanBeAdmin(RoutePatternFactory.Parse(pattern), policies));
    }

    private List<RouteEndpoint> Endpoints() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

    private static bool IsAdmin(RoutePattern pattern) =>
        pattern.PathSegments.Count > 0
        && pattern.PathSegments[0].Parts is [RoutePatternLiteralPart { Content: var first }]
        && first.Equals("admin", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a request for <c>/admin/…</c> could reach this pattern: its first segment accepts the word “admin”.</summary>
    private static bool FirstSegmentCanBeAdmin(RoutePattern pattern, ParameterPolicyFactory policies)
    {
        if (pattern.PathSegments.Count == 0)
        {
            return false;
        }

        var parts = pattern.PathSegments[0].Parts;
        if (parts is [RoutePatternParameterPart parameter])
        {
            var values = new RouteValueDictionary { [parameter.Name] = "admin" };
            return parameter.ParameterPolicies
                .Select(reference => policies.Create(parameter, reference))
                .OfType<IRouteConstraint>()
                .All(constraint => constraint.Match(null, null, parameter.Name, values, RouteDirection.IncomingRequest));
        }

        // Literals must match as written; a parameter inside a complex segment takes at least one character.
        var shape = string.Concat(parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => Regex.Escape(literal.Content),
            RoutePatternSeparatorPart separator => Regex.Escape(separator.Content),
            _ => ".+",
        }));
        return Regex.IsMatch("admin", $"^{shape}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}

using System.ComponentModel;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Robustness.Tests;

/// <summary>
/// A GET address of the public site (everything outside /admin) as the running portal maps it: its route parameters,
/// the query parameters its action binds, and whether it needs a signed-in reader.
/// </summary>
public sealed class PublicEndpoint
{
    private static readonly Uri Site = new("http://localhost/");

    private readonly TemplateMatcher _matcher;
    private readonly IReadOnlyList<(RoutePatternParameterPart Parameter, IRouteConstraint Constraint)> _constraints;

    private PublicEndpoint(RouteEndpoint endpoint, IReadOnlyList<string> queryNames, ParameterPolicyFactory policies)
    {
        Pattern = endpoint.RoutePattern;
        RouteParameters = [.. Pattern.Parameters.Select(p => p.Name)];
        QueryNames = queryNames;
        NeedsSignIn = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0 && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null;
        _matcher = new TemplateMatcher(new RouteTemplate(Pattern), new RouteValueDictionary(Pattern.Defaults));
        _constraints = [.. Pattern.Parameters.SelectMany(p => p.ParameterPolicies.Select(reference => (p, policies.Create(p, reference))))
            .Where(c => c.Item2 is IRouteConstraint).Select(c => (c.p, (IRouteConstraint)c.Item2))];
    }

    public RoutePattern Pattern { get; }

    public string Template => "/" + Pattern.RawText!.TrimStart('/');

    public IReadOnlyList<string> RouteParameters { get; }

    public IReadOnlyList<string> QueryNames { get; }

    public bool NeedsSignIn { get; }

    public static IReadOnlyList<PublicEndpoint> All(IServiceProvider services)
    {
        var policies = services.GetRequiredService<ParameterPolicyFactory>();
        return [.. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains(HttpMethods.Get))
            .Where(e => !IsAdmin(e.RoutePattern))
            .Select(e => new PublicEndpoint(e, QueryNamesOf(e), policies))
            .OrderBy(e => e.Template, StringComparer.Ordinal)];
    }

    /// <summary>The route values of <paramref name="path"/> when it is an address of this endpoint (constraints included).</summary>
    public RouteValueDictionary? Match(PathString path)
    {
        var values = new RouteValueDictionary();
        if (!_matcher.TryMatch(path, values))
        {
            return null;
        }

        return _constraints.All(c => c.Constraint.Match(null, null, c.Parameter.Name, values, RouteDirection.IncomingRequest)) ? values : null;
    }

    /// <summary>
    /// Whether the router hands <paramref name="url"/> to this endpoint, decoded as the test host decodes it; a value
    /// that the route's constraints refuse is turned away with a 404 before any of the portal's code sees it.
    /// </summary>
    public bool Takes(string url)
    {
        try
        {
            return Match(PathString.FromUriComponent(new Uri(Site, url))) is not null;
        }
        catch (InvalidOperationException)
        {
            return false; // a NUL in the path, which no host lets through
        }
    }

    /// <summary>The address with each route parameter and query parameter set to an already encoded value.</summary>
    public string Url(IReadOnlyDictionary<string, string> encodedRouteValues, IEnumerable<(string Name, string Encoded)> query)
    {
        var url = new StringBuilder();
        foreach (var segment in Pattern.PathSegments)
        {
            url.Append('/');
            foreach (var part in segment.Parts)
            {
                url.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => encodedRouteValues[parameter.Name],
                    _ => throw new NotSupportedException(part.GetType().Name),
                });
            }
        }

        var pairs = query.Select(q => $"{q.Name}={q.Encoded}").ToList();
        return (url.Length == 0 ? "/" : url.ToString()) + (pairs.Count > 0 ? "?" + string.Join("&", pairs) : "");
    }

    public override string ToString() => Template;

    private static bool IsAdmin(RoutePattern pattern) =>
        pattern.PathSegments.Count > 0
        && pattern.PathSegments[0].Parts is [RoutePatternLiteralPart { Content: var first }]
        && first.Equals("admin", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The names the action reads from the query string: its simple parameters that are not route values, and the
    /// properties of a complex one (bound without a prefix when the query has none). Services, bodies and forms are not.
    /// </summary>
    private static List<string> QueryNamesOf(RouteEndpoint endpoint)
    {
        var action = endpoint.Metadata.GetMetadata<ControllerActionDescriptor>();
        if (action is null)
        {
            return [];
        }

        var routeNames = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        foreach (var parameter in action.Parameters)
        {
            var source = parameter.BindingInfo?.BindingSource;
            if (routeNames.Contains(parameter.Name) || source is not null && source != BindingSource.Query && source != BindingSource.ModelBinding)
            {
                continue;
            }

            if (IsSimple(parameter.ParameterType))
            {
                names.Add(parameter.BindingInfo?.BinderModelName ?? parameter.Name);
            }
            else if (parameter.ParameterType != typeof(CancellationToken) && parameter.ParameterType != typeof(IFormFile))
            {
                names.AddRange(parameter.ParameterType.GetProperties().Where(p => p.CanWrite && IsSimple(p.PropertyType)).Select(p => p.Name));
            }
        }

        return names;
    }

    /// <summary>What MVC binds from one text value: a type that converts from a string.</summary>
    private static bool IsSimple(Type type) => TypeDescriptor.GetConverter(type).CanConvertFrom(typeof(string));
}

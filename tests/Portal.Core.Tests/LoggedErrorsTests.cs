using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Testing;
using Xunit.Sdk;

namespace Portal.Core.Tests;

/// <summary>The gate that fails a test when a host it uses logs an error, tried on a host of its own.</summary>
public sealed class LoggedErrorsTests
{
    [Fact]
    public async Task An_error_logged_by_a_host_fails_the_test_of_the_class_that_uses_it_once()
    {
        var gate = new FailOnLoggedErrorsAttribute();
        var testOfClassA = typeof(ClassA).GetMethod(nameof(ClassA.Test))!;
        var testOfClassB = typeof(ClassB).GetMethod(nameof(ClassB.Test))!;
        await using var factory = new PortalFactory();

        gate.Before(testOfClassA);
        using var client = factory.CreateClient();
        Assert.True((await client.GetAsync("/")).IsSuccessStatusCode);
        factory.Services.GetRequiredService<ILogger<LoggedErrorsTests>>().LogError("A queue consumer broke.");
        factory.Services.GetRequiredService<ILogger<LoggedErrorsTests>>().LogWarning("An entry was parked.");

        gate.Before(testOfClassB);
        gate.After(testOfClassB);

        var failure = Assert.Throws<XunitException>(() => gate.After(testOfClassA));
        Assert.Contains("A queue consumer broke.", failure.Message);
        Assert.DoesNotContain("An entry was parked.", failure.Message);
        gate.After(testOfClassA);
    }

    private sealed class ClassA
    {
        public void Test()
        {
        }
    }

    private sealed class ClassB
    {
        public void Test()
        {
        }
    }
}

using System.Reflection;
using Xunit.Sdk;

namespace Portal.Testing;

/// <summary>
/// Fails a test when a test host it uses logged an error during it (see <see cref="LoggedErrors"/>): a background
/// error is a failure, even when everything the test asserts held. Every test project carries it at assembly level
/// (tests/Directory.Build.props).
/// </summary>
[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Method)]
public sealed class FailOnLoggedErrorsAttribute : BeforeAfterTestAttribute
{
    public override void Before(MethodInfo methodUnderTest) => RunningTests.Starting(TestClassOf(methodUnderTest));

    public override void After(MethodInfo methodUnderTest)
    {
        var errors = RunningTests.ErrorsOf(TestClassOf(methodUnderTest));
        if (errors.Count > 0)
        {
            throw new XunitException($"The test host logged {errors.Count} error(s) during the test:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }
    }

    private static Type TestClassOf(MethodInfo method) => method.ReflectedType ?? method.DeclaringType!;
}

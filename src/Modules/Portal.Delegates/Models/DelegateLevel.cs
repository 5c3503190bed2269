namespace Portal.Delegates.Models;

/// <summary>代表层级: the three levels of people's congress (三级人大).</summary>
public enum DelegateLevel
{
    City = 0,
    County = 1,
    Township = 2,
}

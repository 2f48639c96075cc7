using LearningCity.Tests.Architecture.Samples;
using LearningCity.Tests.Architecture.Samples.Beta.Data;
using LearningCity.Tests.Architecture.Samples.Beta.Public;

// Two tiny "modules" in this test assembly, so that a test can show the checker sees each kind of use.
namespace LearningCity.Tests.Architecture.Samples.Beta.Data
{
    internal sealed class BetaRow { public int Id { get; set; } }
}

namespace LearningCity.Tests.Architecture.Samples
{
    // Like AppDbContext in Common: belongs to no module and hands out every module's rows.
    internal sealed class SharedStore { public List<BetaRow> Rows { get; } = []; }
}

namespace LearningCity.Tests.Architecture.Samples.Beta.Public
{
    internal sealed record BetaContract(int Id);
}

namespace LearningCity.Tests.Architecture.Samples.Alpha.Feature
{
    [AttributeUsage(AttributeTargets.Class)]
    internal sealed class NoteAttribute(Type type) : Attribute { public Type Type => type; }

    internal sealed class CreatesWithNew { public object Make() => new BetaRow(); }
    internal sealed class ChecksWithIs { public bool Is(object o) => o is BetaRow; }
    internal sealed class ReadsInALambda { public Func<object, bool> Test { get; } = o => o is BetaRow; }
    internal sealed class ReadsInAnAsyncMethod { public async Task<object> Later() { await Task.Yield(); return new BetaRow(); } }
    internal sealed class NamesWithTypeof { public Type Name() => typeof(BetaRow); }
    internal sealed class HoldsAGenericArgument { public List<BetaRow> Rows { get; } = []; }
    internal sealed class ReadsThroughAnotherTypesProperty { public int Count(SharedStore db) => db.Rows.Count; }
    [Note(typeof(BetaRow))] internal sealed class NamesInAnAttribute;
    internal sealed class UsesTheContractOnly { public BetaContract Make(int id) => new(id); }
}

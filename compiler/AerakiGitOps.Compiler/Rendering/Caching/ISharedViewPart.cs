namespace AerakiGitOps.Compiler.Rendering.Caching;

/// <summary>
/// A part of a template view that one planner builds once and puts into many views (the mesh's access log
/// and tracing settings go into every filter). The contract: neither the part nor anything it holds changes
/// after it is built. <see cref="ViewContent"/> then encodes it once and reuses the bytes for as long as the
/// object lives, instead of walking it again in each of tens of thousands of views.
/// </summary>
internal interface ISharedViewPart;

namespace CapitalNetwork.Ingest;

/// <summary>
/// A growable array kept in pages of 16,384 elements, so growing allocates one more page instead of copying the whole
/// array into one twice its size (no doubling slack, no transient copy): memory is the length rounded up to a page.
/// Elements start as <c>default</c>.
/// </summary>
internal sealed class PagedArray<T> where T : struct
{
    private const int Shift = 14;
    private const int Mask = (1 << Shift) - 1;
    private T[][] _pages = new T[4][];
    private int _pageCount;

    /// <summary>The element at <paramref name="index"/> (which must be below the ensured length).</summary>
    public ref T this[int index] => ref _pages[index >> Shift][index & Mask];

    /// <summary>Bytes held by the pages.</summary>
    public long Bytes => (long)_pageCount * (1 << Shift) * System.Runtime.CompilerServices.Unsafe.SizeOf<T>();

    /// <summary>Makes indices below <paramref name="length"/> valid.</summary>
    public void EnsureLength(int length)
    {
        while ((long)_pageCount << Shift < length)
        {
            if (_pageCount == _pages.Length) Array.Resize(ref _pages, _pages.Length * 2);
            _pages[_pageCount++] = new T[1 << Shift];
        }
    }
}

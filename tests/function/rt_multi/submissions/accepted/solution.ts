function repeatWord(word: string, times: number, suffix: boolean, tail: string): string {
    let s = word.repeat(times);
    if (suffix) s += tail;
    return s;
};

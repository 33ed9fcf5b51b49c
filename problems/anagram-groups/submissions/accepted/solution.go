func groupAnagrams(strs []string) [][]string {
    groups := map[[26]int][]string{}
    order := [][26]int{}
    for _, w := range strs {
        var key [26]int
        for i := 0; i < len(w); i++ {
            key[w[i]-'a']++
        }
        if _, ok := groups[key]; !ok {
            order = append(order, key)
        }
        groups[key] = append(groups[key], w)
    }
    res := make([][]string, 0, len(order))
    for _, k := range order {
        res = append(res, groups[k])
    }
    return res
}

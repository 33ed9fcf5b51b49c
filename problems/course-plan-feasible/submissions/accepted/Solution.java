class Solution {
    public boolean canFinish(int courses, int[][] prereqs) {
        int[] indeg = new int[courses];
        List<List<Integer>> after = new ArrayList<>();
        for (int i = 0; i < courses; i++) after.add(new ArrayList<>());
        for (int[] p : prereqs) {
            after.get(p[1]).add(p[0]);
            indeg[p[0]]++;
        }
        ArrayDeque<Integer> ready = new ArrayDeque<>();
        for (int v = 0; v < courses; v++) if (indeg[v] == 0) ready.add(v);
        int taken = 0;
        while (!ready.isEmpty()) {
            int v = ready.poll();
            taken++;
            for (int w : after.get(v)) {
                if (--indeg[w] == 0) ready.add(w);
            }
        }
        return taken == courses;
    }
}

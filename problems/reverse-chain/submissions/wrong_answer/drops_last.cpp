// Wrong: stops one node early (loops while head->next), so the old last node is lost.
class Solution {
public:
    ListNode* reverseList(ListNode* head) {
        if (!head) return nullptr;
        ListNode* prev = nullptr;
        while (head->next) {
            ListNode* next = head->next;
            head->next = prev;
            prev = head;
            head = next;
        }
        return prev ? prev : head;
    }
};

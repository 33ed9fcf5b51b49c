/**
 * Definition for singly-linked list.
 * struct ListNode {
 *     int val;
 *     struct ListNode *next;
 * };
 */
struct ListNode* echoList(struct ListNode* value) {
    struct ListNode dummy = {0, NULL};
    struct ListNode* tail = &dummy;
    for (struct ListNode* p = value; p; p = p->next) {
        struct ListNode* node = malloc(sizeof(struct ListNode));
        node->val = p->val;
        node->next = NULL;
        tail->next = node;
        tail = node;
    }
    /* free the input, as a tidy C user would */
    while (value) {
        struct ListNode* next = value->next;
        free(value);
        value = next;
    }
    return dummy.next;
}

/* The benchmark's payload: a static program that does nothing. */
int main(void)
{
    return 0;
}

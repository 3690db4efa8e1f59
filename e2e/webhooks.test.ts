import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySignature } from '../src/services/webhooks/signature.js';
import { TEST_ADMIN } from '../src/test-support/server.js';
import { WebhookReceiver } from '../src/test-support/webhook-receiver.js';
import { newContext, screenshot, signIn } from './support/browser.js';
import { startHarness } from './support/harness.js';

const harness = startHarness();

describe('webhooks', () => {
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    receiver = await new WebhookReceiver().start();
  });
  afterAll(() => receiver?.stop());

  it('an admin registers a webhook, sees a delivery fail, and re-sends it', async () => {
    const context = await newContext(harness.browser);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await signIn(page, harness.server.url, TEST_ADMIN.email, TEST_ADMIN.password);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Webhooks' }).click();
    await page.getByText('No webhooks yet').waitFor();

    await page.getByRole('button', { name: 'New webhook' }).click();
    const dialog = page.getByRole('dialog', { name: 'New webhook' });
    await dialog.getByLabel('Receiver URL').fill('ftp://example.com');
    await dialog.getByRole('button', { name: 'Register webhook' }).click();
    await dialog.getByText('Must be an http:// or https:// URL without a user name or password').waitFor();
    await dialog.getByLabel('Receiver URL').fill(receiver.url);
    await dialog.getByLabel('Description').fill('Data warehouse feed');
    await dialog.getByRole('button', { name: 'Register webhook' }).click();
    const secretText = await page.getByLabel('Signing secret', { exact: true }).textContent();
    const secret = (secretText ?? '').trim();
    expect(secret).toMatch(/^whsec_/);
    await page.getByRole('button', { name: 'Done' }).click();

    const table = page.getByRole('table', { name: 'Webhooks' });
    await table.getByText('Data warehouse feed').waitFor();
    await table.getByRole('link', { name: receiver.url }).click();
    await page.getByText('Nothing delivered yet').waitFor();

    // The receiver is down for maintenance: the test event fails and waits for its retry.
    receiver.answer = { status: 503, body: 'Down for maintenance' };
    await page.getByRole('button', { name: 'Send test event' }).click();
    const deliveries = page.getByRole('table', { name: 'Deliveries' });
    const row = deliveries.getByRole('row').filter({ hasText: 'webhook.test' });
    // Fanned out, sent and refused in the background; the page refreshes every 3 s.
    await row.getByText('Retrying').waitFor({ timeout: 30_000 });
    expect(await row.getByTestId('delivery-response').textContent()).toBe('503');
    await page.getByRole('alert').filter({ hasText: 'Its deliveries are failing' }).waitFor();
    await screenshot(page, 'webhook-failing');

    // Back up: re-send it by hand rather than wait for the next retry.
    receiver.answer = { status: 200, body: 'ok' };
    await row.getByRole('button', { name: /^Resend webhook\.test #\d+ now$/ }).click();
    await row.getByText('Delivered').waitFor({ timeout: 30_000 });
    expect(await row.getByTestId('delivery-response').textContent()).toBe('200');
    expect(await row.getByRole('cell').nth(4).textContent()).toBe('1');

    await row.getByRole('button', { name: /^Details of webhook\.test/ }).click();
    const detail = page.getByRole('dialog', { name: 'Delivery' });
    await detail.getByText('(by hand)').waitFor();
    await detail.getByRole('cell', { name: 'Down for maintenance' }).waitFor();
    await screenshot(page, 'webhook-delivery');

    expect(receiver.received.map((r) => JSON.parse(r.body).type)).toEqual(['webhook.test', 'webhook.test']);
    for (const r of receiver.received) {
      expect(verifySignature(secret, String(r.headers['gantry-signature']), r.body, Date.now() / 1000)).toBe(true);
    }
    await context.close();
  }, 90_000);
});
